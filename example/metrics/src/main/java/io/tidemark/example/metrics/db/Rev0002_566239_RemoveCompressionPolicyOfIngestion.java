package io.tidemark.example.metrics.db;

import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;

@Revision(id = "0002_566239", parent = "0001_d2f6d3", message = "remove compression policy of ingestion_metrics, add compression policy of ingestion_metrics and 1 more change")
public final class Rev0002_566239_RemoveCompressionPolicyOfIngestion implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.removeCompressionPolicy("ingestion_metrics");
    op.addCompressionPolicy("ingestion_metrics", "3 days");
    op.addRetentionPolicy("ingestion_metrics", "90 days");
  }

  @Override
  public void downgrade(Operations op) {
    op.removeRetentionPolicy("ingestion_metrics");
    op.removeCompressionPolicy("ingestion_metrics");
    op.addCompressionPolicy("ingestion_metrics", "7 days");
  }
}
