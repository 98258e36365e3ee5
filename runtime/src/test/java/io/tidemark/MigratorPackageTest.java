package io.tidemark;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.testing.PostgresServer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two migration sets on one class path (the fixture chain in {@code io.tidemark.fixture} and
 * a second registry in {@code io.tidemark}), each chosen by its package and recorded in its own
 * version table on one database.
 */
class MigratorPackageTest {
  private static final String FIXTURE_PACKAGE = "io.tidemark.fixture";
  private static final String SECOND_PACKAGE = "io.tidemark";

  private final PostgresServer server = PostgresServer.get();
  private String url;
  private URLClassLoader loader;

  /** The second migration set: one revision, registered only through {@link #loader}. */
  public static final class SecondRegistry implements RevisionRegistry {
    @Override
    public List<Migration> revisions() {
      return List.of(new CreateSamples());
    }
  }

  @Revision(id = "0001_5e5e5e", message = "create samples")
  public static final class CreateSamples implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("samples", column("id", "bigint").notNull(), primaryKey("samples_pkey", "id"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("samples");
    }
  }

  @BeforeEach
  void setUp(@TempDir Path dir) throws Exception {
    System.setProperty("tidemark.fixture", "linear");
    url = server.createDatabase("package");
    Path services = dir.resolve("META-INF/services/" + RevisionRegistry.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, SecondRegistry.class.getName() + "\n");
    loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  @AfterEach
  void tearDown() throws Exception {
    System.clearProperty("tidemark.fixture");
    loader.close();
  }

  private MigratorBuilder builder() {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .classLoader(loader);
  }

  private static List<String> ids(List<RevisionNode> nodes) {
    return nodes.stream().map(RevisionNode::id).toList();
  }

  @Test
  void graph_withoutPackage_mergesBothSetsAndFailsOnTwoBases() {
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> builder().build().graph());
    assertEquals(ErrorCode.TM105, error.code());
    assertTrue(error.getMessage().endsWith(" The class path holds revision registries in 2 "
        + "packages (io.tidemark, io.tidemark.fixture): if they are separate migration sets, "
        + "choose one with revisionPackage (CLI: --revision-package) and give each its own "
        + "version table."), error.getMessage());
  }

  @Test
  void graph_package_takesOnlyTheRegistriesDeclaredInExactlyThatPackage() {
    assertEquals(List.of("0003_c3c3c3", "0002_b2b2b2", "0001_a1a1a1"),
        ids(builder().revisionPackage(FIXTURE_PACKAGE).build().history(null)));
    assertEquals(List.of("0001_5e5e5e"),
        ids(builder().revisionPackage(SECOND_PACKAGE).build().history(null)));
  }

  @Test
  void upgrade_twoSetsWithTheirOwnVersionTables_applyIndependentlyOnOneDatabase()
      throws Exception {
    Migrator fixture = builder().revisionPackage(FIXTURE_PACKAGE).build();
    Migrator second = builder().revisionPackage(SECOND_PACKAGE)
        .versionTable("public", "tidemark_version_second").build();
    assertEquals(3, fixture.upgrade("head").size());
    assertEquals(1, second.upgrade("head").size());
    assertEquals(List.of("0003_c3c3c3"), fixture.status().currentHeads());
    assertEquals(List.of("0001_5e5e5e"), second.status().currentHeads());
    assertEquals(List.of("0001_5e5e5e"), versionIds("tidemark_version_second"));
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2", "0003_c3c3c3"),
        versionIds("tidemark_version"));
    assertEquals(1, second.downgrade("base").size());
    try (Connection c = server.connectUrl(url)) {
      List<String> tables = Catalog.tables(c);
      assertTrue(tables.contains("orders") && !tables.contains("samples"), tables.toString());
    }
  }

  @Test
  void graph_packageWithoutRegistry_failsNamingThePackagesFound() {
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> builder().revisionPackage("io.tidemark.fixtures").build().graph());
    assertEquals(ErrorCode.TM108, error.code());
    assertEquals("[TM108] No revision registry in package 'io.tidemark.fixtures' is on the "
        + "class path (registries found in: io.tidemark, io.tidemark.fixture). Name the package "
        + "of the revision classes, as given to the processor with -Atidemark.package, and make "
        + "sure its compiled classes are on the class path.", error.getMessage());
  }

  private List<String> versionIds(String table) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM public." + table + " ORDER BY id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
