package com.example.depot;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
@Acknowledge(rule = "dropColumn", column = "legacy_code",
    reason = "no running version writes legacy codes since the previous deploy")
public class Parcel {
  @Id
  long id;

  @Column(nullable = false)
  String label;
}
