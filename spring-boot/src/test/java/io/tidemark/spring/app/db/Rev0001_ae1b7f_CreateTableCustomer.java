package io.tidemark.spring.app.db;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.primaryKey;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

/**
 * Generated from the entity model; the schema after this revision is in
 * {@code Rev0001_ae1b7f_CreateTableCustomer.snapshot.json}, next to this file.
 *
 * <p>Upgrade, as {@code tidemark show 0001_ae1b7f} prints it (PostgreSQL):
 * <pre>{@code
 * CREATE TABLE customer (
 *   id bigint NOT NULL,
 *   name character varying(100) NOT NULL,
 *   CONSTRAINT customer_pkey PRIMARY KEY (id)
 * );
 * }</pre>
 *
 * <p>Downgrade:
 * <pre>{@code
 * DROP TABLE customer;
 * }</pre>
 */
@Revision(id = "0001_ae1b7f", message = "create table customer")
public final class Rev0001_ae1b7f_CreateTableCustomer implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("customer",
        column("id", "bigint").notNull(),
        column("name", "character varying(100)").notNull(),
        primaryKey("customer_pkey", "id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("customer");
  }
}
