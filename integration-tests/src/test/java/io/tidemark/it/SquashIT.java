package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.it.ScratchProject.Build;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Iterating on a model before committing: two compiles write two revisions, {@code tidemark
 * squash --uncommitted} removes them, and the next compile writes one revision holding both
 * changes, on top of the committed one.
 */
class SquashIT {
  private static final String REVISIONS = "src/main/java/com/example/db";
  private static final String CUSTOMER = "src/main/java/com/example/model/Customer.java";

  @Test
  void squashUncommitted_twoIterations_nextCompileWritesOneRevisionWithBothChanges()
      throws Exception {
    ScratchProject project = ScratchProject.create("squash");
    assertTrue(project.mvn("compile").succeeded());
    git(project.dir(), "init", "-q");
    git(project.dir(), "add", "pom.xml", "src");
    git(project.dir(), "-c", "user.email=dev@example.com", "-c", "user.name=Dev", "commit",
        "-q", "-m", "first revision");
    project.replace(CUSTOMER, "Customer-with-email.java");
    assertTrue(project.mvn("compile").succeeded());
    project.replace(CUSTOMER, "Customer-with-phone.java");
    assertTrue(project.mvn("compile").succeeded());
    assertEquals(6, revisionFiles(project).size(), "three revisions with snapshots expected: "
        + revisionFiles(project));

    Path classpathFile = project.resolve("target/cli-classpath.txt");
    Build classpath = project.mvn("dependency:build-classpath",
        "-Dmdep.outputFile=" + classpathFile, "-Dmdep.includeScope=runtime");
    assertTrue(classpath.succeeded(), classpath.tail());
    String cp = project.resolve("target/classes") + File.pathSeparator
        + FileTrees.read(classpathFile).strip();
    String dir = project.resolve("src/main/java").toString();
    Cli.Result dryRun = Cli.run(cp, "squash", "--uncommitted", "--dir", dir, "--package",
        "com.example.db", "--dry-run");
    assertEquals(0, dryRun.exitCode(), dryRun.output());
    assertEquals(6, revisionFiles(project).size(), "--dry-run deleted files");
    Cli.Result squash = Cli.run(cp, "squash", "--uncommitted", "--dir", dir, "--package",
        "com.example.db");
    assertEquals(0, squash.exitCode(), squash.output());
    assertTrue(squash.output().startsWith("Removed:"), squash.output());
    assertEquals(2, revisionFiles(project).size(), revisionFiles(project).toString());

    Build compile = project.mvn("compile");
    assertTrue(compile.succeeded(), compile.tail());
    List<Path> files = revisionFiles(project);
    assertEquals(4, files.size(), "one new revision and its snapshot expected: " + files);
    Path folded = files.stream().filter(f -> f.getFileName().toString().startsWith("Rev0002_")
        && f.toString().endsWith(".java")).findFirst().orElseThrow();
    String source = FileTrees.read(folded);
    Map<String, Integer> calls = OperationCalls.count(source);
    assertEquals(2, calls.get("addColumn"), source);
    assertTrue(source.contains("\"email\"") && source.contains("\"phone\""), source);
  }

  private static List<Path> revisionFiles(ScratchProject project) {
    return FileTrees.files(project.resolve(REVISIONS));
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
  }
}
