package io.tidemark.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a file under {@code src/test/resources/golden/}; with
 * {@code -Dtidemark.golden.update=true} it rewrites the file instead.
 */
public final class Golden {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (Boolean.getBoolean("tidemark.golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file
          + " differs; if the change is intended, run the test with -Dtidemark.golden.update=true");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use golden file " + file.toAbsolutePath(), e);
    }
  }
}
