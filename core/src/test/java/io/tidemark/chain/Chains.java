package io.tidemark.chain;

import java.util.List;

/** Revision chains for the chain tests, built from headers. */
final class Chains {
  private Chains() {}

  /** The exception the tests' checks throw: it keeps the problem. */
  static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ChainProblem<?> problem;

    Broken(ChainProblem<?> problem) {
      super("[" + problem.code() + "] " + problem.message());
      this.problem = problem;
    }
  }

  static RevisionHeader node(String id, String... parents) {
    return new RevisionHeader(id, List.of(parents), "Rev" + id + ".java");
  }

  static ChainCheck<RevisionHeader> check(RevisionHeader... nodes) {
    return ChainCheck.of(List.of(nodes), Broken::new);
  }

  static RevisionGraph<RevisionHeader> graph(RevisionHeader... nodes) {
    return check(nodes).graph();
  }

  /** 0001 to 0003 in a line, 0004 and 0005 branching from 0003, merged again by 0006. */
  static RevisionGraph<RevisionHeader> merged() {
    return graph(node("0006_f6f6f6", "0004_d4d4d4", "0005_d4e5f6"), node("0001_a1a1a1"),
        node("0002_b2b2b2", "0001_a1a1a1"), node("0003_c3c3c3", "0002_b2b2b2"),
        node("0005_d4e5f6", "0003_c3c3c3"), node("0004_d4d4d4", "0003_c3c3c3"));
  }
}
