package io.tidemark;

import io.tidemark.Migration;
import io.tidemark.chain.ChainNode;
import java.util.List;

/** One revision of the chain: its id, parents, message and the code that runs it. */
public record RevisionNode(String id, List<String> parents, String message, Migration migration)
    implements ChainNode {
  public RevisionNode {
    parents = List.copyOf(parents);
  }

  /** The revision's class, which messages name. */
  @Override
  public String origin() {
    return migration.getClass().getName();
  }

  /** The parents joined by commas, as Alembic prints them; {@code <base>} for the base. */
  public String parentLabel() {
    return parents.isEmpty() ? "<base>" : String.join(", ", parents);
  }
}
