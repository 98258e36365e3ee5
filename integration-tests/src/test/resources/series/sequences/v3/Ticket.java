package com.example.sequences;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Sequence;
import io.tidemark.annotations.Table;

@Table
@Sequence(name = "ticket_code_seq", start = -1, increment = -1, minValue = -1000, cycle = true,
    ownedBy = "code")
public class Ticket {
  @Id
  long id;

  @Column(defaultValue = "nextval('ticket_code_seq')")
  long code;
}
