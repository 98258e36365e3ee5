package com.example.shop.db.revisions;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.primaryKey;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0006_0a6009", parent = "0005_ffc4ab", message = "create table purchase_order")
public final class Rev0006_0a6009_CreateTablePurchaseOrder implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("purchase_order",
        column("id", "uuid").notNull(),
        column("customer_id", "bigint").notNull(),
        column("total", "numeric(12,2)").notNull(),
        column("status", "text").notNull().defaultValue("'OPEN'"),
        column("placed_at", "timestamp with time zone").notNull().defaultValue("now()"),
        primaryKey("purchase_order_pkey", "id"),
        check("purchase_order_status_check", "status IN ('OPEN', 'PAID', 'SHIPPED')"));
    op.addConstraint("purchase_order", foreignKey("purchase_order_customer_id_fkey", "customer_id").references("customer", "id").onDelete("CASCADE"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropConstraint("purchase_order", "purchase_order_customer_id_fkey");
    op.dropTable("purchase_order");
  }
}
