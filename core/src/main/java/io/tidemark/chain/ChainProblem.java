package io.tidemark.chain;

import java.util.Objects;

/**
 * A broken chain rule: its code, the revision it is reported on ({@code null} when it concerns
 * no single revision), and a message saying what is wrong and how to fix it.
 */
public record ChainProblem<N extends ChainNode>(ChainCode code, N node, String message) {
  public ChainProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The id of the revision the problem is reported on, or {@code null}. */
  public String revision() {
    return node == null ? null : node.id();
  }
}
