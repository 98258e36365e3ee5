package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.util.UUID;

@Table
public class Device {
  @Id long id;
  @Column(defaultValue = "gen_random_uuid()") UUID token;
}
