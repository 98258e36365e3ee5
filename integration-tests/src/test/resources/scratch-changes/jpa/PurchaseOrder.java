package com.example.model;

import io.tidemark.annotations.References;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(indexes = @Index(columnList = "customer_id, placed_at DESC"))
public class PurchaseOrder {
  @Id
  long id;

  @ManyToOne(optional = false)
  @References(table = "customer", onDelete = "CASCADE")
  Customer customer;

  @Column(precision = 12, scale = 2)
  BigDecimal total;

  @Column(columnDefinition = "timestamp with time zone")
  @io.tidemark.annotations.Column(defaultValue = "now()")
  Instant placedAt;
}
