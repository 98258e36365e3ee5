package io.tidemark.example.db;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;
import static io.tidemark.Ddl.unique;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0001_2af59b", message = "create table etl_s3_ingest_log, create table ingestion_runs and 3 more changes")
public final class Rev0001_2af59b_CreateTableEtlS3IngestLogCreateTable implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("etl_s3_ingest_log",
        column("s3_object_key", "text").notNull(),
        column("last_modified", "timestamp with time zone").notNull(),
        column("rows_ingested", "integer"),
        column("error_text", "text"),
        column("ingested_at", "timestamp with time zone").notNull(),
        primaryKey("etl_s3_ingest_log_pkey", "s3_object_key"));
    op.createTable("ingestion_runs",
        column("id", "uuid").notNull(),
        column("ingestion_id", "text").notNull(),
        column("status", "text").notNull().defaultValue("'PENDING'"),
        column("started_at", "timestamp with time zone").notNull().defaultValue("now()"),
        column("finished_at", "timestamp with time zone"),
        column("rows_loaded", "bigint"),
        column("error_message", "text"),
        primaryKey("ingestion_runs_pkey", "id"),
        check("ingestion_runs_status_check", "status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')"));
    op.createTable("ingestions",
        column("id", "text").notNull(),
        column("name", "text").notNull(),
        column("source_type", "text").notNull(),
        column("source_uri", "text").notNull(),
        column("source_credentials", "text"),
        column("schedule", "text"),
        column("enabled", "boolean").notNull().defaultValue("true"),
        column("created_at", "timestamp with time zone").notNull().defaultValue("now()"),
        primaryKey("ingestions_pkey", "id"),
        check("ingestions_source_type_check", "source_type IN ('S3', 'HTTP', 'POSTGRES')"));
    op.createTable("processed_files",
        column("id", "uuid").notNull(),
        column("run_id", "uuid").notNull(),
        column("path", "text").notNull(),
        column("size_bytes", "bigint").notNull(),
        column("processed_at", "timestamp with time zone").notNull().defaultValue("now()"),
        primaryKey("processed_files_pkey", "id"),
        unique("processed_files_run_id_path_key", "run_id", "path"));
    op.createTable("twap_status",
        column("twap_id", "text").notNull(),
        column("wallet", "text").notNull(),
        column("ts", "timestamp with time zone").notNull(),
        column("asset", "text"),
        column("side", "text"),
        column("size_requested", "numeric"),
        column("size_executed", "numeric"),
        column("notional_executed", "numeric"),
        column("status", "text"),
        column("duration_minutes", "integer"),
        column("s3_object_key", "text").notNull(),
        column("raw_payload", "json"),
        column("inserted_at", "timestamp with time zone").notNull(),
        primaryKey("twap_status_pkey", "twap_id", "wallet", "ts"));
    op.createIndex("ingestion_runs", index("ingestion_runs_ingestion_id_started_at_idx", "ingestion_id", "started_at DESC"));
    op.createIndex("twap_status", index("twap_status_twap_id_idx", "twap_id"));
    op.createIndex("twap_status", index("twap_status_wallet_ts_idx", "wallet", "ts"));
    op.addConstraint("ingestion_runs", foreignKey("ingestion_runs_ingestion_id_fkey", "ingestion_id")
        .references("ingestions", "id").onDelete("CASCADE"));
    op.addConstraint("processed_files", foreignKey("processed_files_run_id_fkey", "run_id")
        .references("ingestion_runs", "id").onDelete("CASCADE"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropConstraint("processed_files", "processed_files_run_id_fkey");
    op.dropConstraint("ingestion_runs", "ingestion_runs_ingestion_id_fkey");
    op.dropTable("twap_status");
    op.dropTable("processed_files");
    op.dropTable("ingestions");
    op.dropTable("ingestion_runs");
    op.dropTable("etl_s3_ingest_log");
  }
}
