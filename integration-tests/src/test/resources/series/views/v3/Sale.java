package com.example.views;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;

@Table
public class Sale {
  @Id
  long id;

  @References(table = "product")
  @Column(nullable = false)
  long productId;

  @Acknowledge(rule = "renameColumn", reason = "the series has no running code")
  @Column(nullable = false, renamedFrom = "quantity")
  int units;
}
