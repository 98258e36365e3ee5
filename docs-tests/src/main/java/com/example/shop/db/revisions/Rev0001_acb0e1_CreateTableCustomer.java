package com.example.shop.db.revisions;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.primaryKey;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0001_acb0e1", message = "create table customer")
public final class Rev0001_acb0e1_CreateTableCustomer implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("customer",
        column("id", "bigint").notNull(),
        column("name", "character varying(200)").notNull(),
        column("created_at", "timestamp with time zone").notNull().defaultValue("now()"),
        primaryKey("customer_pkey", "id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("customer");
  }
}
