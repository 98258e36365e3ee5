package io.tidemark.spring.app.db;

import static io.tidemark.Ddl.column;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

/**
 * Generated from the entity model; the schema after this revision is in
 * {@code Rev0002_217e99_AddCustomerEmail.snapshot.json}, next to this file.
 *
 * <p>Upgrade, as {@code tidemark show 0002_217e99} prints it (PostgreSQL):
 * <pre>{@code
 * ALTER TABLE customer ADD COLUMN email character varying(200);
 * }</pre>
 *
 * <p>Downgrade:
 * <pre>{@code
 * ALTER TABLE customer DROP COLUMN email;
 * }</pre>
 */
@Revision(id = "0002_217e99", parent = "0001_ae1b7f", message = "add customer.email")
public final class Rev0002_217e99_AddCustomerEmail implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("customer", column("email", "character varying(200)"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("customer", "email");
  }
}
