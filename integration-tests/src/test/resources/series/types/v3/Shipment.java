package com.example.types;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table(schema = "logistics")
public class Shipment {
  @Id
  long id;

  OrderStatus lastStatus;
}
