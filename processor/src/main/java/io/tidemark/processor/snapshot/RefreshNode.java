package io.tidemark.processor.snapshot;

/** Refresh policy of a continuous aggregate; offsets are interval literals or {@code null}. */
public record RefreshNode(String startOffset, String endOffset, String scheduleInterval) {}
