package com.example.shop;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import java.time.Instant;

@Table
@Index(columns = "email")
public class Customer {
  @Id
  long id;

  @Column(nullable = false, length = 200)
  String name;

  @Column(nullable = false, defaultValue = "now()")
  Instant createdAt;

  @Column(nullable = false)
  String email;
}
