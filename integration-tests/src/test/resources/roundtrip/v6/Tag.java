package com.example.shop;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Tag {
  @Id
  String name;

  String color;
}
