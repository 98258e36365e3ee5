package io.tidemark.snapshot;

/**
 * Stable JSON form of a {@link Schema}: pretty-printed with two-space indents and {@code \n}
 * line endings, fields in record order, every field written (absent values as {@code null}),
 * so equal schemas give equal bytes on every machine.
 */
public final class SnapshotCodec {
  /** Version of the JSON layout, written as {@code "format"}; {@link #read} accepts only this. */
  public static final int FORMAT = 1;

  private SnapshotCodec() {}

  public static String write(Schema schema) {
    return SnapshotWriter.write(schema);
  }

  /** Parses a snapshot; throws {@link IllegalArgumentException} naming what is malformed. */
  public static Schema read(String json) {
    return SnapshotReader.read(json);
  }
}
