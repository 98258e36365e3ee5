package com.example.columns;

import io.tidemark.annotations.Generation;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;

@Table
public class Ticket {
  @Id(generated = Generation.BY_DEFAULT)
  long id;

  String title;

  BigDecimal price;

  int quantity;

  BigDecimal total;
}
