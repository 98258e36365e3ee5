package io.tidemark.example.db;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.primaryKey;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0002_2c846c", parent = "0001_2af59b", message = "create table retry_policies")
public final class Rev0002_2c846c_CreateTableRetryPolicies implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("retry_policies",
        column("id", "text").notNull(),
        column("ingestion_id", "text").notNull(),
        column("max_retries", "integer").notNull().defaultValue("3"),
        column("backoff_multiplier", "double precision").notNull().defaultValue("2.0"),
        primaryKey("retry_policies_pkey", "id"));
    op.addConstraint("retry_policies", foreignKey("retry_policies_ingestion_id_fkey", "ingestion_id")
        .references("ingestions", "id").onDelete("CASCADE"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropConstraint("retry_policies", "retry_policies_ingestion_id_fkey");
    op.dropTable("retry_policies");
  }
}
