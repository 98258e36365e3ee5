package com.example.types;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Purchase {
  @Id
  long id;

  @Acknowledge(rule = "enumTypeSwap", reason = "no row is DRAFT; the table is small")
  @Column(nullable = false, defaultValue = "'NEW'")
  OrderStatus status;
}
