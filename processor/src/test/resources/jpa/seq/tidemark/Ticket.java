package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Sequence;
import io.tidemark.annotations.Table;

@Table
@Sequence(name = "ticket_seq", start = 1, increment = 50)
@Sequence(name = "invoice_numbers", start = 1000, increment = 10)
public class Ticket {
  @Id @Column(defaultValue = "nextval('ticket_seq')") long id;
  @Column(defaultValue = "nextval('invoice_numbers')") long number;
}
