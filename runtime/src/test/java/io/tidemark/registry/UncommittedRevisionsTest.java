package io.tidemark.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which revisions {@code squash --uncommitted} removes, in a real git work tree: generated ones
 * new to git go with their snapshots; committed, hand-written or applied ones stop it before
 * anything is deleted.
 */
class UncommittedRevisionsTest {
  @TempDir Path repo;
  private Path src;
  private Path dir;

  @BeforeEach
  void init() throws Exception {
    src = repo.resolve("src/main/java");
    dir = src.resolve("app/db");
    Files.createDirectories(dir);
    git("init", "-q");
    git("config", "user.email", "dev@example.com");
    git("config", "user.name", "Dev");
    revision("0001_aaaaaa", null, true);
    git("add", ".");
    git("commit", "-q", "-m", "base");
  }

  @Test
  void find_generatedRevisionsNewToGit_listsThemWithSnapshotsAndRemoveDeletesOnlyThem()
      throws Exception {
    revision("0002_bbbbbb", "0001_aaaaaa", true);
    revision("0003_cccccc", "0002_bbbbbb", true);
    git("add", dir.resolve("Rev0002_bbbbbb_Change.java").toString());
    List<Path> files = new UncommittedRevisions(src, "app.db").find(Set.of("0001_aaaaaa"));
    assertEquals(Set.of("Rev0002_bbbbbb_Change.java", "Rev0002_bbbbbb_Change.snapshot.json",
        "Rev0003_cccccc_Change.java", "Rev0003_cccccc_Change.snapshot.json"),
        names(files));
    UncommittedRevisions.remove(files);
    try (var left = Files.list(dir)) {
      assertEquals(Set.of("Rev0001_aaaaaa_Change.java", "Rev0001_aaaaaa_Change.snapshot.json"),
          names(left.toList()));
    }
  }

  @Test
  void find_nothingNew_listsNothing() {
    assertEquals(List.of(), new UncommittedRevisions(src, "app.db").find(Set.of()));
  }

  @Test
  void find_handWrittenRevisionNewToGit_refusesNamingIt() throws Exception {
    revision("0002_bbbbbb", "0001_aaaaaa", false);
    TidemarkException e = assertThrows(TidemarkException.class,
        () -> new UncommittedRevisions(src, "app.db").find(Set.of()));
    assertEquals(ErrorCode.TM147, e.code());
    assertTrue(e.getMessage().contains("0002_bbbbbb") && e.getMessage().contains("by hand"),
        e.getMessage());
  }

  @Test
  void find_uncommittedRevisionApplied_refusesWithTheDowngrade() throws Exception {
    revision("0002_bbbbbb", "0001_aaaaaa", true);
    TidemarkException e = assertThrows(TidemarkException.class,
        () -> new UncommittedRevisions(src, "app.db").find(Set.of("0002_bbbbbb")));
    assertEquals(ErrorCode.TM147, e.code());
    assertTrue(e.getMessage().contains("tidemark downgrade 0001_aaaaaa"), e.getMessage());
  }

  @Test
  void find_committedRevisionOnAnUncommittedOne_refuses() throws Exception {
    revision("0002_bbbbbb", "0001_aaaaaa", true);
    revision("0003_cccccc", "0002_bbbbbb", true);
    git("add", dir.resolve("Rev0003_cccccc_Change.java").toString(),
        dir.resolve("Rev0003_cccccc_Change.snapshot.json").toString());
    git("commit", "-q", "-m", "third only");
    TidemarkException e = assertThrows(TidemarkException.class,
        () -> new UncommittedRevisions(src, "app.db").find(Set.of()));
    assertTrue(e.getMessage().contains("committed revision 0003_cccccc"), e.getMessage());
  }

  @Test
  void find_outsideAGitWorkTree_refusesSayingSo(@TempDir Path plain) throws Exception {
    Path other = plain.resolve("app/db");
    Files.createDirectories(other);
    Files.copy(dir.resolve("Rev0001_aaaaaa_Change.java"),
        other.resolve("Rev0001_aaaaaa_Change.java"));
    TidemarkException e = assertThrows(TidemarkException.class,
        () -> new UncommittedRevisions(plain, "app.db").find(Set.of()));
    assertTrue(e.getMessage().contains("git work tree"), e.getMessage());
  }

  private void revision(String id, String parent, boolean generated) throws IOException {
    String name = "Rev" + id + "_Change";
    Files.writeString(dir.resolve(name + ".java"), "package app.db;\n\n"
        + "import io.tidemark.Migration;\nimport io.tidemark.Operations;\n"
        + "import io.tidemark.Revision;\n\n"
        + "@Revision(id = \"" + id + "\"" + (parent == null ? "" : ", parent = \"" + parent
            + "\"") + ", message = \"change\")\n"
        + "public final class " + name + " implements Migration {\n"
        + "  @Override\n  public void upgrade(Operations op) {}\n\n"
        + "  @Override\n  public void downgrade(Operations op) {}\n}\n");
    if (generated) {
      Files.writeString(dir.resolve(name + ".snapshot.json"), "{}\n");
    }
  }

  private void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
  }

  private static Set<String> names(List<Path> files) {
    return Set.copyOf(files.stream().map(f -> f.getFileName().toString()).toList());
  }
}
