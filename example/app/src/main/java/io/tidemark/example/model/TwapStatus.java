package io.tidemark.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The state of a TWAP order at one point in time, as read from the exchange's S3 exports:
 * one row per order, wallet and timestamp.
 */
@Table(name = "twap_status")
@Index(columns = {"wallet", "ts"})
@Index(columns = "twap_id")
@Index(columns = "asset")
public record TwapStatus(
    @Id String twapId,
    @Id String wallet,
    @Id Instant ts,
    String asset,
    String side,
    BigDecimal sizeRequested,
    BigDecimal sizeExecuted,
    BigDecimal notionalExecuted,
    String status,
    Integer durationMinutes,
    @Column(nullable = false) String s3ObjectKey,
    @Column(type = "json") String rawPayload,
    @Column(nullable = false) Instant insertedAt) {}
