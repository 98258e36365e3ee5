package io.tidemark.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;

/** How often, and how far apart, failed runs of an ingestion are retried. */
@Table(name = "retry_policies")
public record RetryPolicy(
    @Id String id,
    @Column(nullable = false) @References(table = "ingestions", onDelete = "CASCADE")
    String ingestionId,
    @Column(defaultValue = "3") int maxRetries,
    @Column(defaultValue = "2.0") double backoffMultiplier) {}
