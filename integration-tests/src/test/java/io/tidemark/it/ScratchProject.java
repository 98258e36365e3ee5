package io.tidemark.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the scratch Maven project built by a real {@code mvn} subprocess against the
 * staged Tidemark artifacts. The staging repository (filled by {@code invoker:install}) is the
 * builds' local repository, so stale Tidemark snapshots installed elsewhere can never shadow
 * the artifacts under test; the outer build's local repository serves as a read-only
 * {@code file://} remote, so plugins resolve without the network and it is never written to.
 * Builds are not run with {@code -o}: nothing cached is checked again (no remote repository
 * serves snapshots), and a plugin the outer build never used (clean, dependency) can still be
 * fetched once on a fresh machine.
 */
final class ScratchProject {
  private static final long BUILD_TIMEOUT_MINUTES = 5;
  private static final List<String> TEMPLATE_PROPERTIES = List.of(
      "tidemark.version", "compiler-plugin.version", "resources-plugin.version",
      "clean-plugin.version", "dependency-plugin.version");

  private final Path dir;
  private final Path settings;
  private int builds;

  private ScratchProject(Path dir, Path settings) {
    this.dir = dir;
    this.settings = settings;
  }

  /** Copies the template into a fresh directory and writes the Maven settings for it. */
  static ScratchProject create(String name) {
    ScratchProject project = empty(name);
    FileTrees.copy(ItPaths.path("tidemark.scratchTemplate"), project.dir);
    Path pom = project.dir.resolve("pom.xml");
    String text = FileTrees.read(pom);
    for (String property : TEMPLATE_PROPERTIES) {
      text = text.replace("@" + property + "@", ItPaths.property(property));
    }
    FileTrees.write(pom, text);
    return project;
  }

  /** An empty project folder and the Maven settings for it; the caller writes the pom. */
  static ScratchProject empty(String name) {
    Path work = ItPaths.freshWorkDir(name);
    Path dir = work.resolve("app");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
    Path settings = work.resolve("settings.xml");
    FileTrees.write(settings, settingsXml(
        ItPaths.path("tidemark.itRepo"), ItPaths.path("tidemark.mavenRepoLocal")));
    return new ScratchProject(dir, settings);
  }

  private static String settingsXml(Path stagingRepo, Path outerRepo) {
    String outer = """
          <id>outer-local</id>
          <url>%s</url>
          <releases><enabled>true</enabled><updatePolicy>never</updatePolicy>\
        <checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        """.formatted(outerRepo.toUri());
    return """
        <settings>
          <localRepository>%s</localRepository>
          <profiles>
            <profile>
              <id>outer-local</id>
              <repositories><repository>%s</repository></repositories>
              <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>outer-local</activeProfile></activeProfiles>
        </settings>
        """.formatted(stagingRepo, outer, outer);
  }

  Path dir() {
    return dir;
  }

  Path resolve(String relative) {
    return dir.resolve(relative);
  }

  /** Replaces {@code relative} with a file kept under {@code scratch-changes/}. */
  void replace(String relative, String change) {
    Path changes = ItPaths.path("tidemark.scratchTemplate").resolveSibling("scratch-changes");
    FileTrees.write(dir.resolve(relative), FileTrees.read(changes.resolve(change)));
  }

  /** Adds a compile dependency to the project's pom. */
  void addDependency(String groupId, String artifactId, String version) {
    Path pom = dir.resolve("pom.xml");
    FileTrees.write(pom, FileTrees.read(pom).replaceFirst("(?s)(\\s*)</dependencies>",
        "$1  <dependency>$1    <groupId>" + groupId + "</groupId>$1    <artifactId>" + artifactId
        + "</artifactId>$1    <version>" + version + "</version>$1  </dependency>$1</dependencies>"));
  }

  /** Runs {@code mvn} with the CI variable removed from the environment. */
  Build mvn(String... args) {
    return mvn(Map.of(), args);
  }

  /** Runs {@code mvn}; {@code env} is added to the environment after CI is removed. */
  Build mvn(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-ntp",
        "-s", settings.toString()));
    command.addAll(List.of(args));
    Path log = dir.resolveSibling("build-" + (++builds) + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("CI");
    pb.environment().remove("MAVEN_ARGS");
    pb.environment().putAll(env);
    try {
      Process process = pb.start();
      if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("mvn " + String.join(" ", args) + " did not finish in "
            + BUILD_TIMEOUT_MINUTES + " minutes; log: " + log);
      }
      return new Build(String.join(" ", args) + (env.isEmpty() ? "" : " with " + env),
          process.exitValue(), FileTrees.read(log), log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** The Maven that runs this build ({@code maven.home}), else the first {@code mvn} on PATH. */
  private static String mavenExecutable() {
    String home = System.getProperty("tidemark.mavenHome");
    if (home != null && !home.isBlank() && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path mvn = Path.of(entry, "mvn");
      if (Files.isExecutable(mvn)) {
        return mvn.toString();
      }
    }
    throw new IllegalStateException("no mvn found: set maven.home or put mvn on PATH");
  }

  /** One finished build: its exit code and combined output. */
  record Build(String description, int exitCode, String output, Path log) {
    boolean succeeded() {
      return exitCode == 0;
    }

    /** The last lines of the output, for assertion messages. */
    String tail() {
      String[] lines = output.split("\n");
      int from = Math.max(0, lines.length - 60);
      return "mvn " + description + " exited " + exitCode + " (full log: " + log + "):\n"
          + String.join("\n", List.of(lines).subList(from, lines.length));
    }
  }
}
