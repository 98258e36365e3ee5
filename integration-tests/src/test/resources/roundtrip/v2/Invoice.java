package com.example.shop;

import io.tidemark.annotations.Check;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Table(schema = "billing")
@Check(name = "invoice_amount_positive", expression = "amount > 0")
@Index(columns = {"issued_on DESC NULLS LAST"})
public class Invoice {
  @Id
  long id;

  @References(table = "customer", onDelete = "CASCADE")
  long customerId;

  @Column(precision = 10, scale = 2, nullable = false)
  BigDecimal amount;

  LocalDate issuedOn;

  InvoiceStatus status;
}
