package io.tidemark.junit.leaky;

import static io.tidemark.Ddl.column;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;
import io.tidemark.RevisionRegistry;
import java.util.List;

/** A chain whose first downgrade leaves its table behind. */
public final class Registry implements RevisionRegistry {
  @Override
  public List<Migration> revisions() {
    return List.of(new CreateAudit());
  }

  @Revision(id = "0001_f6f6f6", message = "create audit")
  public static final class CreateAudit implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("audit", column("id", "bigint").notNull());
    }

    @Override
    public void downgrade(Operations op) {
      op.sql("COMMENT ON TABLE audit IS NULL");
    }
  }
}
