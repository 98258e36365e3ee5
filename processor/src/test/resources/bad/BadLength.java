package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;

@Table
class BadLength {
  @Id @Column(length = 10) long id;
  @Column(precision = 5, scale = 7) BigDecimal amount;
}
