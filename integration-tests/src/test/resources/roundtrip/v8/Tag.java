package com.example.shop;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
@Acknowledge(rule = "addPrimaryKey", reason = "the round trip's tables hold a few rows")
public class Tag {
  @Id
  @Column(defaultValue = "'general'")
  String namespace;

  @Id
  String name;

  String color;
}
