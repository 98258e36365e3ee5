package io.tidemark.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** A configured data source that the service loads on a schedule. */
@Table(name = "ingestions")
public record Ingestion(
    @Id String id,
    @Column(nullable = false) String name,
    @Column(nullable = false) SourceType sourceType,
    @Column(nullable = false) String sourceUri,
    @Column(renamedFrom = "source_credentials") String credentialsJson,
    String schedule,
    @Column(defaultValue = "true") boolean enabled,
    @Column(nullable = false, defaultValue = "now()") Instant createdAt) {}
