package io.tidemark;

/**
 * One revision of the schema: what {@link #upgrade} does and how {@link #downgrade} undoes
 * it. Implementations are annotated with {@link Revision} and only record operations on
 * {@link Operations}; the runtime renders and runs them.
 */
public interface Migration {
  void upgrade(Operations op);

  void downgrade(Operations op);
}
