package io.tidemark.example.db;

import static io.tidemark.Ddl.index;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0004_ec7f37", parent = "0003_2856d3", message = "create index twap_status_asset_idx")
public final class Rev0004_ec7f37_CreateIndexTwapStatusAssetIdx implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createIndex("twap_status", index("twap_status_asset_idx", "asset"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropIndex("twap_status", "twap_status_asset_idx");
  }
}
