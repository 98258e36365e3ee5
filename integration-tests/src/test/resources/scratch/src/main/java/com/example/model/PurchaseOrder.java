package com.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Table
@Index(columns = {"customer_id", "placed_at DESC"})
public class PurchaseOrder {
  @Id
  long id;

  @References(table = "customer", onDelete = "CASCADE")
  long customerId;

  @Column(precision = 12, scale = 2)
  BigDecimal total;

  @Column(defaultValue = "now()")
  Instant placedAt;
}
