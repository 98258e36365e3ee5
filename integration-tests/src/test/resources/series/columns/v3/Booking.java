package com.example.columns;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Generation;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;

@Table
public class Booking {
  @Id(generated = Generation.BY_DEFAULT)
  long id;

  long number;

  BigDecimal price;

  int quantity;

  @Column(generatedAs = "price * quantity * 2")
  BigDecimal total;
}
