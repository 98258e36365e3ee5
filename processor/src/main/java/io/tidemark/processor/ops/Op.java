package io.tidemark.processor.ops;

/** One schema change found by the diff (contract placeholder; the ops package defines the records). */
public interface Op {}
