package com.example.shop;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Tag {
  @Id
  @Column(defaultValue = "'general'")
  String namespace;

  @Id
  String name;

  String color;
}
