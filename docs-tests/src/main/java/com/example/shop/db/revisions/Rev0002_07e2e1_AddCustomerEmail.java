package com.example.shop.db.revisions;

import static io.tidemark.Ddl.column;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0002_07e2e1", parent = "0001_acb0e1", message = "add customer.email")
public final class Rev0002_07e2e1_AddCustomerEmail implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("customer", column("email", "text"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("customer", "email");
  }
}
