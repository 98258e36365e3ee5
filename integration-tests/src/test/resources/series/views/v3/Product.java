package com.example.views;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;

@Table
public class Product {
  @Id
  long id;

  @Column(length = 200, nullable = false)
  String name;

  @Column(precision = 10, scale = 2, nullable = false)
  BigDecimal price;
}
