package io.tidemark.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;
import java.time.Instant;
import java.util.UUID;

/** A file a run has loaded, so that the next run skips it; removed with its run. */
@Table(name = "processed_files")
@Unique(columns = {"run_id", "path"})
public record ProcessedFile(
    @Id UUID id,
    @Column(nullable = false) @References(table = "ingestion_runs", onDelete = "CASCADE")
    UUID runId,
    @Column(nullable = false) String path,
    @Column(nullable = false) String fileName,
    long sizeBytes,
    @Column(nullable = false, defaultValue = "now()") Instant processedAt) {}
