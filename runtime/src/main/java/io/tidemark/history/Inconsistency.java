package io.tidemark.history;

import io.tidemark.ErrorCode;
import java.util.Objects;

/**
 * One way the version table contradicts the revision graph or itself: its code, the revision
 * it is about (null when none stands out), and a message that says how to fix it.
 */
public record Inconsistency(ErrorCode code, String revision, String message) {
  public Inconsistency {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
