package io.tidemark.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/** One execution of an ingestion; removed with its ingestion. */
@Table(name = "ingestion_runs")
@Index(columns = {"ingestion_id", "started_at DESC"})
public record IngestionRun(
    @Id UUID id,
    @Column(nullable = false) @References(table = "ingestions", onDelete = "CASCADE")
    String ingestionId,
    @Column(nullable = false, defaultValue = "'PENDING'") RunStatus status,
    @Column(nullable = false, defaultValue = "now()") Instant startedAt,
    Instant finishedAt,
    Long rowsLoaded,
    String errorMessage) {}
