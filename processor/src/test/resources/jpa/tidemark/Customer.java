package app;

import io.tidemark.annotations.Check;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Generation;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Transient;
import io.tidemark.annotations.Unique;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

@Table(name = "customers")
@Index(columns = {"last_name", "created_at DESC"})
@Unique(columns = "email")
@Check(name = "customers_tier_check", expression = "tier BETWEEN 0 AND 2")
public class Customer {
  public enum Status { ACTIVE, BLOCKED }

  @Id(generated = Generation.BY_DEFAULT) long id;
  @Column(nullable = false, length = 100) String lastName;
  @Column(length = 255) String email;
  @Column(precision = 12, scale = 3) BigDecimal balance;
  @Column(precision = 38, scale = 2) BigDecimal credit;
  @Column(type = "timestamp(6) with time zone", defaultValue = "now()") Instant createdAt;
  @Column(type = "timestamp(6)") LocalDateTime localTime;
  @Column(type = "varchar(255)") Status status;
  Short tier;
  int version;
  @Column(length = 255) String street;
  @Column(length = 10) String zipCode;
  boolean active;
  Integer score;
  UUID ref;
  byte[] photo;
  LocalDate birthday;
  double ratio;
  Float weight;
  @Transient String scratch;
}
