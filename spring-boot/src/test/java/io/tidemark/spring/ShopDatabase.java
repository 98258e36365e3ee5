package io.tidemark.spring;

import io.tidemark.TidemarkException;
import io.tidemark.spring.app.ShopApplication;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One database of its own on the shared PostgreSQL server, and the test application started
 * on it with Hibernate validating (never creating) the schema.
 */
final class ShopDatabase {
  static final List<String> CHAIN = List.of("0001_ae1b7f", "0002_217e99");

  private final PostgresServer server = PostgresServer.get();
  private final String url;

  ShopDatabase(String name) {
    url = server.createDatabase(name);
  }

  String url() {
    return url;
  }

  /** Starts the application with these properties besides the data source's. */
  ConfigurableApplicationContext start(Class<?>... sources) {
    return start(List.of(), sources);
  }

  ConfigurableApplicationContext start(List<String> properties, Class<?>... sources) {
    List<String> all = new ArrayList<>(List.of(
        "spring.datasource.url=" + url,
        "spring.datasource.username=" + server.user(),
        "spring.datasource.password=" + server.password(),
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "spring.main.banner-mode=off",
        "logging.level.root=warn",
        "logging.level.io.tidemark=info"));
    all.addAll(properties);
    Class<?>[] classes = Stream.concat(Stream.of(ShopApplication.class), Stream.of(sources))
        .toArray(Class<?>[]::new);
    return new SpringApplicationBuilder(classes).web(WebApplicationType.NONE)
        .properties(all.toArray(String[]::new)).run();
  }

  /** The TidemarkException that stopped a start-up, found in the cause chain. */
  static TidemarkException cause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TidemarkException e) {
        return e;
      }
    }
    throw new AssertionError("start-up failed without a TidemarkException", failure);
  }

  /** Each row of {@code sql}, its columns joined with '|'. */
  List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(r.getString(i));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }

  void execute(String sql) throws SQLException {
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The tables of the public schema, sorted. */
  List<String> tables() throws SQLException {
    return rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        + "ORDER BY 1");
  }

  /** The ids the version table records, in the order they were applied. */
  List<String> applied() throws SQLException {
    return rows("SELECT id FROM public.tidemark_version ORDER BY applied_at, id");
  }
}
