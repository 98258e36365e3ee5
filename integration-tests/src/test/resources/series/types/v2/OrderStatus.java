package com.example.types;

import io.tidemark.annotations.EnumType;

@EnumType(name = "order_status")
public enum OrderStatus {
  DRAFT,
  NEW,
  SHIPPED,
  PAID
}
