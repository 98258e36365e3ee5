package app;

import io.tidemark.annotations.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "customers", indexes = @Index(columnList = "lastName, createdAt DESC"),
    uniqueConstraints = @UniqueConstraint(columnNames = "email"))
public class Customer {
  public enum Status { ACTIVE, BLOCKED }
  public enum Tier { BRONZE, SILVER, GOLD }

  static int created;

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) long id;
  @jakarta.persistence.Column(nullable = false, length = 100) String lastName;
  String email;
  @jakarta.persistence.Column(precision = 12, scale = 3) BigDecimal balance;
  BigDecimal credit;
  @Column(defaultValue = "now()") Instant createdAt;
  LocalDateTime localTime;
  @Enumerated(EnumType.STRING) Status status;
  Tier tier;
  @Version int version;
  @Embedded Address address;
  boolean active;
  Integer score;
  UUID ref;
  byte[] photo;
  LocalDate birthday;
  double ratio;
  Float weight;
  @Transient String scratch;
  transient int cache;
  @OneToMany(mappedBy = "customer") List<PurchaseOrder> orders;
}
