package com.example.shop.db.revisions;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0004_a4f8ac", parent = "0003_a2f971", message = "make customer.email not null")
public final class Rev0004_a4f8ac_MakeCustomerEmailNotNull implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.setNotNull("customer", "email");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropNotNull("customer", "email");
  }
}
