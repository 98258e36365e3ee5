package com.example.shop.db.revisions;

import static io.tidemark.Ddl.index;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0005_ffc4ab", parent = "0004_a4f8ac", message = "create index customer_email_idx")
public final class Rev0005_ffc4ab_CreateIndexCustomerEmailIdx implements Migration {
  @Override
  public void upgrade(Operations op) {
    // Built without blocking writes to customer; runs outside the revision's transaction.
    op.createIndex("customer", index("customer_email_idx", "email").concurrently());
  }

  @Override
  public void downgrade(Operations op) {
    op.dropIndexConcurrently("customer", "customer_email_idx");
  }
}
