package io.tidemark.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test the shared {@link TimescaleServer} to itself: before the test it takes the
 * JVM-wide lock and {@linkplain TimescaleServer#reset() resets} the database; after the test it
 * releases the lock. Use with {@code @ExtendWith(TimescaleExtension.class)} and a
 * {@code TimescaleServer} parameter. Skips (or, under {@code CI=true}, fails) when no
 * TimescaleDB is available.
 */
public final class TimescaleExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TimescaleExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    TimescaleServer server = TimescaleServer.get();
    server.lock().lock();
    context.getStore(NAMESPACE).put(TimescaleServer.class, server);
    server.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TimescaleServer server = context.getStore(NAMESPACE).remove(TimescaleServer.class, TimescaleServer.class);
    if (server != null) {
      server.lock().unlock();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TimescaleServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return TimescaleServer.get();
  }
}
