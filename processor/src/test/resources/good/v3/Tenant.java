package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.time.Instant;
import java.util.UUID;

@Table
public class Tenant {
  @Id UUID id;
  @Column(length = 80, nullable = false, unique = true) String name;
  @Column(defaultValue = "now()") Instant createdAt;
  String region;
}
