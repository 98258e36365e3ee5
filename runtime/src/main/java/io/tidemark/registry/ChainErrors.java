package io.tidemark.registry;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.ChainNode;
import io.tidemark.chain.ChainProblem;
import java.util.function.Function;

/**
 * Turns a broken chain rule into the runtime's {@link TidemarkException}, with the
 * {@link ErrorCode} of the same name. A named class, not a lambda: a cold CLI JVM pays for the
 * first lambda it meets, and every command loads the chain.
 */
final class ChainErrors<N extends ChainNode> implements Function<ChainProblem<N>, RuntimeException> {
  @Override
  public RuntimeException apply(ChainProblem<N> problem) {
    return new TidemarkException(ErrorCode.of(problem.code()), problem.message(),
        problem.revision(), null, null);
  }
}
