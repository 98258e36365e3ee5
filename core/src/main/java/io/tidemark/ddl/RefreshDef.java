package io.tidemark.ddl;

/**
 * A continuous aggregate's refresh policy. {@code startOffset} and {@code endOffset} are
 * interval literals, {@code null} for no bound; {@code scheduleInterval} is {@code null} for
 * the dialect's default of one hour.
 */
public record RefreshDef(String startOffset, String endOffset, String scheduleInterval) {}
