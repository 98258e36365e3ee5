package io.tidemark.junit;

import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link TidemarkDatabase}: before a class's first test it finds the
 * test run's server (chosen once, kept in the root store and stopped when the run ends) and
 * creates the class's database on it (a {@code @Nested} class without the annotation shares the
 * database of the class around it); it resolves {@link TidemarkTestDatabase} and
 * {@link DataSource} parameters of constructors, lifecycle methods and tests.
 */
public final class TidemarkExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TidemarkExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Optional<TidemarkDatabase> annotation =
        AnnotationSupport.findAnnotation(testClass, TidemarkDatabase.class);
    if (annotation.isEmpty()) {
      return; // a @Nested class uses the database of the class around it
    }
    TidemarkDatabase settings = annotation.get();
    Map<String, String> environment = System.getenv();
    ServerChoice choice = ServerChoice.choose(environment, settings.timescale(),
        TidemarkExtension::onClassPath, () -> ContainerServer.dockerAvailable());
    String key = choice == ServerChoice.CONTAINER && settings.timescale()
        ? "server " + choice + " timescale" : "server " + choice;
    Server server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key,
        k -> Servers.start(choice, environment, settings.timescale()), Server.class);
    context.getStore(NAMESPACE).put(TidemarkTestDatabase.class,
        TidemarkTestDatabase.create(server, settings, testClass.getSimpleName()));
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, TidemarkExtension.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TidemarkTestDatabase.class || type == DataSource.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TidemarkTestDatabase database =
        context.getStore(NAMESPACE).get(TidemarkTestDatabase.class, TidemarkTestDatabase.class);
    if (database == null) {
      throw new IllegalStateException("No Tidemark test database for "
          + context.getRequiredTestClass().getName() + ": annotate the class with "
          + "@TidemarkDatabase.");
    }
    return parameter.getParameter().getType() == DataSource.class
        ? database.dataSource() : database;
  }
}
