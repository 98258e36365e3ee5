package org.example.shop;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Generation;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Identity;
import io.tidemark.annotations.Sequence;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;

/**
 * A line of an order, numbered by PostgreSQL, with its amount computed from the row and a
 * reference drawn from a sequence of its own.
 */
@Table(schema = "sales")
@Sequence(name = "line_reference_seq", schema = "sales", start = 10, ownedBy = "ref")
public class Line {
  @Id(generated = Generation.ALWAYS) long id;

  @Identity(start = 100, increment = 10) long position;

  @Column(precision = 10, scale = 2) BigDecimal price;

  int quantity;

  @Column(generatedAs = "price * quantity") BigDecimal amount;

  @Column(defaultValue = "nextval('sales.line_reference_seq')") long ref;
}
