package org.example.shop;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;
import java.math.BigDecimal;

/** An order of a customer. */
@Table(name = "orders", schema = "sales")
@Unique(columns = {"customer_id", "number"})
public class Order {
  @Id long id;

  @References(table = "customer", onDelete = "CASCADE") long customerId;

  int number;

  @Column(precision = 10, scale = 2, defaultValue = "0") BigDecimal total;
}
