package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.it.ScratchProject.Build;
import io.tidemark.testing.PostgresServer;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The scratch project's loop with a JPA-annotated twin of its model (the same class names,
 * compiled with jakarta.persistence on the class path), built beside the Tidemark-annotated
 * model by real {@code mvn} builds: every revision, with its operations, SQL and snapshot, must be
 * the same file in both, and the JPA project's chain must build on PostgreSQL the tables that
 * Hibernate's own schema validation accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScratchJpaIT {
  private static final String REVISIONS = "src/main/java/com/example/db";
  private static final String MODEL = "src/main/java/com/example/model/";

  private ScratchProject tidemark;
  private ScratchProject jpa;
  private PostgresServer server;
  /** The database step 3 upgraded, for Hibernate to validate. */
  private String url;

  @BeforeAll
  void createProjects() {
    tidemark = ScratchProject.create("scratch-twin");
    jpa = ScratchProject.create("scratch-jpa");
    jpa.addDependency("jakarta.persistence", "jakarta.persistence-api",
        ItPaths.property("jakarta-persistence.version"));
    jpa.replace(MODEL + "Customer.java", "jpa/Customer.java");
    jpa.replace(MODEL + "PurchaseOrder.java", "jpa/PurchaseOrder.java");
  }

  @Test
  @Order(1)
  void compile_jpaTwinOfNewModel_writesTheSameRevisionAndSnapshot() {
    Map<String, String> written = compileBoth();

    assertEquals(2, written.size(), "one revision and its snapshot expected: " + written.keySet());
    String revision = written.entrySet().stream().filter(e -> e.getKey().endsWith(".java"))
        .findFirst().orElseThrow().getValue();
    assertEquals(2, OperationCalls.count(revision).get("createTable"), revision);
    assertTrue(revision.contains("column(\"customer_id\", \"bigint\").notNull()"), revision);
  }

  @Test
  @Order(2)
  void compile_fieldAddedToBothModels_writesTheSameSecondRevision() {
    tidemark.replace(MODEL + "Customer.java", "Customer-with-email.java");
    jpa.replace(MODEL + "Customer.java", "jpa/Customer-with-email.java");

    Map<String, String> written = compileBoth();

    assertEquals(4, written.size(), "two revisions and their snapshots expected: "
        + written.keySet());
  }

  @Test
  @Order(3)
  void cliUpgradeHead_jpaProject_createsTheTablesOfTheTwinModel() throws Exception {
    server = PostgresServer.get();
    Path classpathFile = jpa.dir().resolveSibling("classpath.txt");
    Build classpath = jpa.mvn("dependency:build-classpath",
        "-Dmdep.outputFile=" + classpathFile, "-Dmdep.includeScope=runtime");
    assertTrue(classpath.succeeded(), classpath.tail());
    url = server.createDatabase("scratch_jpa");
    String appClasspath = jpa.resolve("target/classes") + File.pathSeparator
        + FileTrees.read(classpathFile).strip();

    Cli.Result result = Cli.run(appClasspath, "upgrade", "head", "--url",
        url + "?user=" + server.user() + "&password=" + server.password());

    assertEquals(0, result.exitCode(), result.output());
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("email text", "id bigint", "name character varying(100)"),
          columns(c, "customer"));
      assertEquals(List.of("customer_id bigint", "id bigint", "placed_at timestamp with time zone",
          "total numeric(12,2)"), columns(c, "purchase_order"));
    }
  }

  @Test
  @Order(4)
  void hibernateValidate_schemaBuiltByJpaProjectsRevisions_acceptsIt() throws Exception {
    try (URLClassLoader app = new URLClassLoader(
        new URL[] {jpa.resolve("target/classes").toUri().toURL()}, getClass().getClassLoader())) {
      StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
          new BootstrapServiceRegistryBuilder().applyClassLoader(app).build())
          .applySetting("hibernate.connection.url", url)
          .applySetting("hibernate.connection.username", server.user())
          .applySetting("hibernate.connection.password", server.password())
          .applySetting("hibernate.hbm2ddl.auto", "validate")
          .applySetting("hibernate.physical_naming_strategy",
              "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
          .build();
      try {
        MetadataSources sources = new MetadataSources(registry)
            .addAnnotatedClass(app.loadClass("com.example.model.Customer"))
            .addAnnotatedClass(app.loadClass("com.example.model.PurchaseOrder"));

        sources.buildMetadata().buildSessionFactory().close();
      } finally {
        StandardServiceRegistryBuilder.destroy(registry);
      }
    }
  }

  /**
   * Compiles both projects and asserts their revision folders hold the same files with the same
   * text; returns the JPA project's, by file name.
   */
  private Map<String, String> compileBoth() {
    Build twin = tidemark.mvn("compile");
    assertTrue(twin.succeeded(), twin.tail());
    Build build = jpa.mvn("compile");
    assertTrue(build.succeeded(), build.tail());
    Map<String, String> expected = revisionFiles(tidemark);
    Map<String, String> actual = revisionFiles(jpa);
    assertEquals(expected.keySet(), actual.keySet(), build.tail());
    expected.forEach((file, text) -> assertEquals(text, actual.get(file), file));
    return actual;
  }

  private static Map<String, String> revisionFiles(ScratchProject project) {
    Path dir = project.resolve(REVISIONS);
    Map<String, String> files = new LinkedHashMap<>();
    FileTrees.files(dir).forEach(p -> files.put(dir.relativize(p).toString(), FileTrees.read(p)));
    return files;
  }

  private static List<String> columns(Connection c, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery("select a.attname || ' ' ||"
        + " format_type(a.atttypid, a.atttypmod) from pg_attribute a where a.attrelid = '"
        + table + "'::regclass and a.attnum > 0 and not a.attisdropped order by a.attname")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    return columns;
  }
}
