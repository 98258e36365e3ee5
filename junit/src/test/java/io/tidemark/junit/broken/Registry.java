package io.tidemark.junit.broken;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;
import io.tidemark.RevisionRegistry;
import java.util.List;

/** A chain with a hand-edited downgrade that forgets to drop the index its upgrade creates. */
public final class Registry implements RevisionRegistry {
  @Override
  public List<Migration> revisions() {
    return List.of(new CreateUsers(), new AddEmailIndex());
  }

  @Revision(id = "0001_d4d4d4", message = "create users")
  public static final class CreateUsers implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("users", column("id", "bigint").notNull(), column("email", "text"),
          primaryKey("users_pkey", "id"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("users");
    }
  }

  @Revision(id = "0002_e5e5e5", parent = "0001_d4d4d4", message = "index users.email")
  public static final class AddEmailIndex implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createIndex("users", index("users_email_idx", "email"));
    }

    @Override
    public void downgrade(Operations op) {
      op.sql("COMMENT ON TABLE users IS NULL");
    }
  }
}
