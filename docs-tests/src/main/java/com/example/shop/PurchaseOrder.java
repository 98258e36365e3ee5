package com.example.shop;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Table(name = "purchase_order")
public record PurchaseOrder(
    @Id UUID id,
    @References(table = "customer", onDelete = "CASCADE") long customerId,
    @Column(precision = 12, scale = 2, nullable = false) BigDecimal total,
    @Column(nullable = false, defaultValue = "'OPEN'") OrderStatus status,
    @Column(nullable = false, defaultValue = "now()") Instant placedAt) {}
