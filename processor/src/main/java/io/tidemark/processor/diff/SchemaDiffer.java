package io.tidemark.processor.diff;

import io.tidemark.processor.snapshot.Schema;

/** Compares two snapshots (contract placeholder). */
public final class SchemaDiffer {
  private SchemaDiffer() {}

  public static DiffResult diff(Schema previous, Schema current, Renames renames) {
    throw new IllegalStateException("SchemaDiffer is not written yet");
  }
}
