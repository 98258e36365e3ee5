package io.tidemark.processor.ops;

import java.util.Objects;

/** Changes the chunk interval of chunks created from now on; {@code null} is TimescaleDB's default. */
public record SetChunkTimeInterval(String table, String from, String to) implements Op {
  public SetChunkTimeInterval {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitSetChunkTimeInterval(this);
  }

  @Override
  public Op reverse() {
    return new SetChunkTimeInterval(table, to, from);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
