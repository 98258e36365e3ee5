package io.tidemark.chain;

import io.tidemark.Migration;
import java.util.List;

/** One revision of the chain: its id, parents, message and the code that runs it. */
public record RevisionNode(String id, List<String> parents, String message, Migration migration) {
  public RevisionNode {
    parents = List.copyOf(parents);
  }

  /** The parents joined by commas, as Alembic prints them; {@code <base>} for the base. */
  public String parentLabel() {
    return parents.isEmpty() ? "<base>" : String.join(", ", parents);
  }

  public boolean isMerge() {
    return parents.size() > 1;
  }
}
