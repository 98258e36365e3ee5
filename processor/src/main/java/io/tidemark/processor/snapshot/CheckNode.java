package io.tidemark.processor.snapshot;

/** A CHECK constraint with its expression as written. */
public record CheckNode(String name, String expression) {}
