package io.tidemark.junit.good;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;
import io.tidemark.RevisionRegistry;
import java.util.List;

/** A chain whose downgrades undo their upgrades exactly, including a hand-written view. */
public final class Registry implements RevisionRegistry {
  @Override
  public List<Migration> revisions() {
    return List.of(new CreateUsers(), new AddEmail(), new CreateOrders());
  }

  @Revision(id = "0001_a1a1a1", message = "create users")
  public static final class CreateUsers implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("users", column("id", "bigint").notNull(), column("name", "text"),
          primaryKey("users_pkey", "id"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("users");
    }
  }

  @Revision(id = "0002_b2b2b2", parent = "0001_a1a1a1", message = "add users.email")
  public static final class AddEmail implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("users", column("email", "text"));
      op.createIndex("users", index("users_email_idx", "email"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropIndex("users", "users_email_idx");
      op.dropColumn("users", "email");
    }
  }

  @Revision(id = "0003_c3c3c3", parent = "0002_b2b2b2", message = "create orders and a view")
  public static final class CreateOrders implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("orders", column("id", "bigint").notNull(), column("user_id", "bigint"),
          primaryKey("orders_pkey", "id"));
      op.addConstraint("orders",
          foreignKey("orders_user_id_fkey", "user_id").references("users", "id"));
      op.sql("CREATE VIEW user_orders AS SELECT u.name, o.id FROM users u JOIN orders o"
          + " ON o.user_id = u.id");
    }

    @Override
    public void downgrade(Operations op) {
      op.sql("DROP VIEW user_orders");
      op.dropTable("orders");
    }
  }
}
