package io.tidemark.example.metrics.db;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0003_200030", parent = "0002_566239", message = "create continuous aggregate ingestion_metrics_hourly")
public final class Rev0003_200030_CreateContinuousAggregateIngestion implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createContinuousAggregate("ingestion_metrics_hourly",
        "SELECT time_bucket('1 hour', ts) AS bucket, ingestion_id, sum(rows_loaded) AS rows_loaded, sum(bytes_read) AS bytes_read, max(duration_seconds) AS max_duration_seconds FROM ingestion_metrics GROUP BY bucket, ingestion_id",
        true);
    op.addRefreshPolicy("ingestion_metrics_hourly", "3 days", "1 hour", "30 minutes");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropContinuousAggregate("ingestion_metrics_hourly");
  }
}
