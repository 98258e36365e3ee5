package io.tidemark;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Migrator#drift()} found: the revision the database is at (its model is what the
 * live catalog was compared with) and each difference, empty when the database matches.
 */
public record Drift(String revision, List<Difference> differences) {
  public Drift {
    differences = List.copyOf(differences);
  }

  /** One difference: the object it concerns ({@code table users}) and what differs. */
  public record Difference(String object, String message) {
    public Difference {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(message, "message");
    }

    /** {@code object: message}, as the CLI prints it. */
    @Override
    public String toString() {
      return object + ": " + message;
    }
  }

  /** True when the live schema matches the model. */
  public boolean none() {
    return differences.isEmpty();
  }
}
