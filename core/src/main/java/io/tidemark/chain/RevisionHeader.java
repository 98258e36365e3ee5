package io.tidemark.chain;

import java.util.List;
import java.util.Objects;

/**
 * The id and parents a revision declares in its {@code @Revision}, read from its source text
 * or its compiled annotation, and where it was read from.
 */
public record RevisionHeader(String id, List<String> parents, String origin) implements ChainNode {
  public RevisionHeader {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    Objects.requireNonNull(origin, "origin");
  }
}
