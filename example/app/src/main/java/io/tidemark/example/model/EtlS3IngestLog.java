package io.tidemark.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** Which S3 objects the TWAP loader has ingested ({@code etl_s3_ingest_log} by default). */
@Table
public record EtlS3IngestLog(
    @Id String s3ObjectKey,
    @Column(nullable = false) Instant lastModified,
    Integer rowsIngested,
    String errorText,
    @Column(nullable = false) Instant ingestedAt) {}
