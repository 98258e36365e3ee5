package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Follows {@code docs/getting-started.md} word for word in a fresh folder: the pom from the
 * page, the entity from the page, {@code mvn compile}, the revision the page names, and the
 * CLI commands as the page prints them, against a real PostgreSQL. It fails when the page and
 * the behaviour part.
 */
class GettingStartedIT {
  private static final Pattern BLOCK = Pattern.compile(
      "(?:<!-- (.*?) -->\\n)?```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);

  private record Block(String marker, String language, String text, String section) {}

  @Test
  void gettingStarted_followedWordForWord_compilesAndMigrates() throws Exception {
    String page = Files.readString(ItPaths.path("tidemark.docs").resolve("getting-started.md"),
        StandardCharsets.UTF_8);
    List<Block> blocks = blocks(page);
    ScratchProject project = ScratchProject.empty("getting-started");

    Block pom = only(blocks, b -> b.language().equals("xml") && b.marker().startsWith(
        "followed by: integration-tests/src/test/java/io/tidemark/it/GettingStartedIT.java"));
    String version = "<tidemark.version>" + ItPaths.property("tidemark.version")
        + "</tidemark.version>";
    assertTrue(pom.text().contains(version), "the page's pom must set " + version);
    Files.writeString(project.resolve("pom.xml"), pom.text() + "\n");

    Block entity = only(blocks, b -> b.language().equals("java")
        && b.section().startsWith("## 3."));
    Files.createDirectories(project.resolve(sourcePath(entity.text())).getParent());
    Files.writeString(project.resolve(sourcePath(entity.text())), entity.text() + "\n");

    ScratchProject.Build compile = project.mvn("compile");
    assertTrue(compile.succeeded(), compile.tail());
    Matcher named = Pattern.compile("`src/main/java/(\\S+/Rev\\w+\\.java)`").matcher(page);
    assertTrue(named.find(), "the page names no generated revision file");
    Path revision = project.resolve("src/main/java/" + named.group(1));
    assertTrue(Files.isRegularFile(revision), "the page says mvn compile writes " + revision
        + "; it wrote: " + FileTrees.files(project.resolve("src/main/java")));
    Block shown = only(blocks, b -> b.language().equals("java")
        && b.section().startsWith("## 5."));
    assertTrue(Files.readString(revision).contains(shown.text()),
        "the revision the page shows differs from the one mvn compile wrote:\n"
            + Files.readString(revision));
    assertTrue(compile.output().contains("[TM097] Wrote revision"), compile.tail());
    assertTrue(Files.isRegularFile(project.resolve("target/classpath.txt")),
        "mvn compile did not write target/classpath.txt, which the CLI step reads");

    PostgresServer server = PostgresServer.get();
    String jdbc = server.createDatabase("getting_started");
    String url = "postgresql://" + server.user() + ":" + server.password() + "@"
        + jdbc.substring("jdbc:postgresql://".length());
    Block cli = only(blocks, b -> b.language().equals("bash") && b.text().contains("APP_CP="));
    Shell upgrade = bash(project.dir(), url, cli.text());
    assertEquals(0, upgrade.exit(), upgrade.output());

    String current = cli.text().lines().filter(l -> l.startsWith("APP_CP=")).findFirst()
        .orElseThrow() + "\njava -cp \"$APP_CP\" io.tidemark.Tidemark current";
    Shell status = bash(project.dir(), url, current);
    assertEquals(0, status.exit(), status.output());
    Matcher id = Pattern.compile("Rev(\\d{4})_(\\w{6})_").matcher(named.group(1));
    assertTrue(id.find());
    assertTrue(status.output().startsWith(id.group(1) + "_" + id.group(2) + " (head), create table"),
        status.output());
  }

  private record Shell(int exit, String output) {}

  private static Shell bash(Path dir, String databaseUrl, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("DATABASE_URL", databaseUrl);
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Shell(process.waitFor(), output);
  }

  /** {@code com/example/Customer.java} for a class's source. */
  private static String sourcePath(String source) {
    Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(source);
    Matcher type = Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE)
        .matcher(source);
    assertTrue(pkg.find() && type.find(), "not a class with a package:\n" + source);
    return "src/main/java/" + pkg.group(1).replace('.', '/') + "/" + type.group(1) + ".java";
  }

  private static List<Block> blocks(String page) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(page);
    while (m.find()) {
      String before = page.substring(0, m.start());
      int heading = before.lastIndexOf("\n## ");
      String section = heading < 0 ? "" : before.substring(heading + 1).lines().findFirst()
          .orElse("");
      blocks.add(new Block(m.group(1) == null ? "" : m.group(1), m.group(2), m.group(3),
          section));
    }
    return blocks;
  }

  private static Block only(List<Block> blocks, Predicate<Block> which) {
    List<Block> found = blocks.stream().filter(which).toList();
    assertEquals(1, found.size(), "expected one such block on the page, found " + found.size());
    return found.get(0);
  }
}
