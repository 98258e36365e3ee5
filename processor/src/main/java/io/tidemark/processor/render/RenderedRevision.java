package io.tidemark.processor.render;

/** A revision ready to write: its id, class, message, Java source and snapshot JSON. */
public record RenderedRevision(
    String id, String className, String message, String javaSource, String snapshotJson) {}
