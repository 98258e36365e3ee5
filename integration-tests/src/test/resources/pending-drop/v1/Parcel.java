package com.example.depot;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Parcel {
  @Id
  long id;

  @Column(nullable = false)
  String label;

  @Column(nullable = false)
  String legacyCode;
}
