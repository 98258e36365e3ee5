package io.tidemark.example.db;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0005_7803e8", parent = "0004_ec7f37", message = "rename ingestions.source_credentials to credentials_json")
public final class Rev0005_7803e8_RenameIngestionsSourceCredentialsTo implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.renameColumn("ingestions", "source_credentials", "credentials_json");
  }

  @Override
  public void downgrade(Operations op) {
    op.renameColumn("ingestions", "credentials_json", "source_credentials");
  }
}
