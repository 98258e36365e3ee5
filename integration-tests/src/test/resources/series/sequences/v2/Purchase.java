package com.example.sequences;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Sequence;
import io.tidemark.annotations.Table;

@Table
@Sequence(name = "order_number_seq", start = 1000, increment = 5, maxValue = 99999, cache = 10,
    ownedBy = "number")
@Sequence(name = "invoice_seq", schema = "billing")
public class Purchase {
  @Id
  long id;

  @Column(defaultValue = "nextval('order_number_seq')")
  long number;

  @Column(defaultValue = "nextval('billing.invoice_seq')")
  long invoice;

  String item;
}
