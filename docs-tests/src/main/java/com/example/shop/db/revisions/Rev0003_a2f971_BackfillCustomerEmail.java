package com.example.shop.db.revisions;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0003_a2f971", parent = "0002_07e2e1", message = "backfill customer email")
public final class Rev0003_a2f971_BackfillCustomerEmail implements Migration {
  @Override
  public void upgrade(Operations op) {
    // Existing customers get a placeholder address until they confirm a real one.
    op.sql("UPDATE customer SET email = 'customer-' || id || '@unknown.invalid'"
        + " WHERE email IS NULL");
  }

  @Override
  public void downgrade(Operations op) {
    op.sql("UPDATE customer SET email = NULL WHERE email LIKE '%@unknown.invalid'");
  }
}
