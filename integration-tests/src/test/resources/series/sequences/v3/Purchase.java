package com.example.sequences;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Sequence;
import io.tidemark.annotations.Table;

@Table
@Sequence(name = "order_number_seq", start = 1000, increment = 5, maxValue = 99999, cache = 10)
public class Purchase {
  @Id
  long id;

  long invoice;

  String item;
}
