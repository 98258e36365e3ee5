package org.example.shop;

import io.tidemark.annotations.ForeignKey;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;

/** A line of an order: a two-column deferrable key, an expression index, equal nulls. */
@Table(name = "order_lines", schema = "sales")
@ForeignKey(columns = {"customer_id", "number"}, table = "sales.orders",
    referencedColumns = {"customer_id", "number"}, deferrable = true)
@Unique(columns = {"customer_id", "number", "position"}, nullsNotDistinct = true)
@Index(columns = {"lower(sku) COLLATE \"C\"", "sku text_pattern_ops"})
public class OrderLine {
  @Id long id;

  long customerId;

  int number;

  Integer position;

  String sku;

  LineState state;
}
