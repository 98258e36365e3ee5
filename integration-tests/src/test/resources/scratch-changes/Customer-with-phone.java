package com.example.model;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Customer {
  @Id
  long id;

  @Column(nullable = false, length = 100)
  String name;

  String email;

  String phone;
}
