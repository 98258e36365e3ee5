package io.tidemark.chain;

import java.util.List;

/**
 * A revision as the chain rules see it: its id, the ids of its parents (none for the base,
 * several for a merge) and where it comes from, a class or file name for messages.
 */
public interface ChainNode {
  String id();

  List<String> parents();

  /** Where the revision is declared, as a message names it: a class or a source file. */
  String origin();

  /** Whether this revision merges several parents. */
  default boolean isMerge() {
    return parents().size() > 1;
  }
}
