package io.tidemark.chain;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of checking revisions against the chain rules: every problem found, in a stable
 * order (ids, duplicates, parents, bases, cycles), and the graph when there is none.
 */
public final class ChainCheck<N extends ChainNode> {
  private final List<ChainProblem<N>> problems;
  private final RevisionGraph<N> graph;
  private final Function<ChainProblem<N>, RuntimeException> errors;

  ChainCheck(List<ChainProblem<N>> problems, RevisionGraph<N> graph,
      Function<ChainProblem<N>, RuntimeException> errors) {
    this.problems = List.copyOf(problems);
    this.graph = graph;
    this.errors = errors;
  }

  /**
   * Checks {@code nodes}; {@code errors} turns a problem into the exception the caller's users
   * see, for this check and for the graph's later lookups and targets.
   */
  public static <N extends ChainNode> ChainCheck<N> of(Collection<? extends N> nodes,
      Function<ChainProblem<N>, RuntimeException> errors) {
    return ChainValidator.check(nodes, errors);
  }

  /** Every broken rule; empty when the revisions form a valid chain. */
  public List<ChainProblem<N>> problems() {
    return problems;
  }

  /** The validated graph; throws the first problem, made an exception, when there is one. */
  public RevisionGraph<N> graph() {
    if (!problems.isEmpty()) {
      throw errors.apply(problems.get(0));
    }
    return graph;
  }
}
