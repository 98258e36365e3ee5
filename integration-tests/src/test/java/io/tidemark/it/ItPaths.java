package io.tidemark.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the inputs and work directories of the integration tests. */
public final class ItPaths {
  private ItPaths() {}

  /** A system property set by the build (see this module's pom), or a clear error. */
  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set; run these tests"
          + " through Maven: mvn -B -pl integration-tests -am verify");
    }
    return value;
  }

  static Path path(String name) {
    return Path.of(property(name)).toAbsolutePath();
  }

  /** A fresh, empty directory under the module's work directory. */
  public static Path freshWorkDir(String name) {
    Path dir = path("tidemark.workDir").resolve(name);
    try {
      Files.createDirectories(dir.getParent());
      FileTrees.deleteRecursively(dir);
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
  }
}
