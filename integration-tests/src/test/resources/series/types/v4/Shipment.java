package com.example.types;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table(schema = "logistics")
public class Shipment {
  @Id
  long id;

  @Acknowledge(rule = "enumTypeSwap", reason = "no row is DRAFT; the table is small")
  OrderStatus lastStatus;
}
