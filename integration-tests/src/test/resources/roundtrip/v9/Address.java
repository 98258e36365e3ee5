package com.example.shop;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;

@Table
@Index(columns = {"customer_id"}, where = "active", include = {"label"})
@Index(name = "address_attributes_gin", columns = {"attributes"}, using = "gin")
public class Address {
  @Id
  long id;

  @References(table = "client", onDelete = "SET NULL")
  Long customerId;

  boolean active;

  @Column(length = 80)
  String label;

  @Column(type = "jsonb")
  String attributes;
}
