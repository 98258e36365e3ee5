package io.tidemark.example.metrics.db;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.compression;
import static io.tidemark.Ddl.hypertable;
import static io.tidemark.Ddl.index;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0001_d2f6d3", message = "create table ingestion_metrics")
public final class Rev0001_d2f6d3_CreateTableIngestionMetrics implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("ingestion_metrics",
        column("ts", "timestamp with time zone").notNull(),
        column("ingestion_id", "text").notNull(),
        column("rows_loaded", "bigint").notNull(),
        column("bytes_read", "bigint").notNull(),
        column("duration_seconds", "double precision").notNull());
    op.createHypertable("ingestion_metrics", hypertable("ts").chunkTimeInterval("1 day"));
    op.createIndex("ingestion_metrics", index("ingestion_metrics_ingestion_id_ts_idx", "ingestion_id", "ts DESC"));
    op.enableCompression("ingestion_metrics", compression().segmentBy("ingestion_id")
        .orderBy("ts DESC"));
    op.addCompressionPolicy("ingestion_metrics", "7 days");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("ingestion_metrics");
  }
}
