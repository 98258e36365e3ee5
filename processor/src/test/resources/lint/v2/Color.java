package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.time.LocalDateTime;

@Table
public class Color {
  @Id int id;
  @Column(length = 7) String hex;
  LocalDateTime seenAt;
}
