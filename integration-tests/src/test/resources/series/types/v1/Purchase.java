package com.example.types;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Purchase {
  @Id
  long id;

  @Column(nullable = false, defaultValue = "'NEW'")
  OrderStatus status;
}
