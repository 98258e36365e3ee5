package com.example.types;

import io.tidemark.annotations.EnumType;
import io.tidemark.annotations.RenamedFrom;

@EnumType(name = "order_status")
public enum OrderStatus {
  NEW,
  SHIPPED,
  @RenamedFrom("PAID")
  SETTLED
}
