package app;

import io.tidemark.annotations.Check;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Table
@Index(columns = {"tenant_id", "balance desc"})
@Check(expression = "balance >= 0")
public class Account {
  public enum Status { OPEN, CLOSED }

  @Id long id;
  @References(table = "tenant", onDelete = "cascade") UUID tenantId;
  @Column(precision = 12, scale = 2) BigDecimal balance;
  Status status;
  @Column(type = "int4") Integer version;
  String email;
}
