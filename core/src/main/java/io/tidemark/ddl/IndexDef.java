package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/**
 * An index. Column entries may carry a direction and null order ({@code "ts DESC NULLS LAST"});
 * {@code where} and {@code using} are {@code null} when absent. How it is built: in the
 * revision's transaction, {@code concurrent}ly (PostgreSQL's {@code CONCURRENTLY}), or
 * {@code perChunk} (TimescaleDB's {@code transaction_per_chunk}, for a hypertable); the last two
 * let writes through and run outside a transaction. A unique index with {@code equalNulls}
 * ({@code NULLS NOT DISTINCT}, PostgreSQL 15+) treats nulls as equal, so it admits one null.
 */
public record IndexDef(
    String name,
    List<String> columns,
    boolean uniqueIndex,
    String where,
    String using,
    List<String> include,
    boolean concurrent,
    boolean perChunk,
    boolean equalNulls) {
  public IndexDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    include = List.copyOf(include);
    if (concurrent && perChunk) {
      throw new IllegalArgumentException("index " + name + " is built both concurrently and one"
          + " chunk per transaction: use concurrently() on a plain table, transactionPerChunk()"
          + " on a hypertable");
    }
    if (perChunk && uniqueIndex) {
      throw new IllegalArgumentException("unique index " + name + " cannot be built one chunk per"
          + " transaction: TimescaleDB builds unique indexes of a hypertable in one transaction");
    }
    if (equalNulls && !uniqueIndex) {
      throw new IllegalArgumentException("index " + name + " is not unique, so NULLS NOT DISTINCT"
          + " means nothing: make it unique() or leave out nullsNotDistinct()");
    }
  }

  /** An index whose nulls are distinct, as PostgreSQL's default. */
  public IndexDef(String name, List<String> columns, boolean uniqueIndex, String where,
      String using, List<String> include, boolean concurrent, boolean perChunk) {
    this(name, columns, uniqueIndex, where, using, include, concurrent, perChunk, false);
  }

  /** An index built in the revision's transaction, or {@code concurrent}ly. */
  public IndexDef(String name, List<String> columns, boolean uniqueIndex, String where,
      String using, List<String> include, boolean concurrent) {
    this(name, columns, uniqueIndex, where, using, include, concurrent, false);
  }

  public IndexDef unique() {
    return new IndexDef(name, columns, true, where, using, include, concurrent, perChunk,
        equalNulls);
  }

  public IndexDef where(String predicate) {
    return new IndexDef(name, columns, uniqueIndex, predicate, using, include, concurrent,
        perChunk, equalNulls);
  }

  public IndexDef using(String method) {
    return new IndexDef(name, columns, uniqueIndex, where, method, include, concurrent, perChunk,
        equalNulls);
  }

  public IndexDef include(String... columns) {
    return new IndexDef(name, this.columns, uniqueIndex, where, using, List.of(columns),
        concurrent, perChunk, equalNulls);
  }

  /** Builds the index without locking writes; runs outside a transaction. */
  public IndexDef concurrently() {
    return new IndexDef(name, columns, uniqueIndex, where, using, include, true, false,
        equalNulls);
  }

  /**
   * Builds the index of a hypertable one chunk per transaction (TimescaleDB's
   * {@code transaction_per_chunk}), locking writes to one chunk at a time, as TimescaleDB
   * rejects {@code CONCURRENTLY} there; runs outside a transaction.
   */
  public IndexDef transactionPerChunk() {
    return new IndexDef(name, columns, uniqueIndex, where, using, include, false, true,
        equalNulls);
  }

  /** A unique index that treats nulls as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15+). */
  public IndexDef nullsNotDistinct() {
    return new IndexDef(name, columns, uniqueIndex, where, using, include, concurrent, perChunk,
        true);
  }

  /** Whether the build runs outside a transaction: concurrently or one chunk at a time. */
  public boolean outsideTransaction() {
    return concurrent || perChunk;
  }
}
