package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime and core jars a user downloads store their classes uncompressed: every CLI run
 * is a cold JVM that loads a few hundred classes from them, and the bench measured inflating
 * them at about 20 ms of a nothing-to-do run without JVM flags (README, Benchmarks).
 */
class StoredJarsIT {
  @ParameterizedTest
  @ValueSource(strings = {"tidemark-runtime", "tidemark-core"})
  void classesAreStoredNotDeflated(String artifact) throws IOException {
    String version = ItPaths.property("tidemark.version");
    Path jar = ItPaths.path("tidemark.itRepo").resolve("io/tidemark").resolve(artifact)
        .resolve(version).resolve(artifact + "-" + version + ".jar");
    List<String> deflated = new ArrayList<>();
    int classes = 0;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        if (entry.getName().endsWith(".class")) {
          classes++;
          if (entry.getMethod() != ZipEntry.STORED) {
            deflated.add(entry.getName());
          }
        }
      }
    }
    assertTrue(classes > 50, jar + " holds only " + classes + " classes");
    assertTrue(deflated.isEmpty(), jar + " deflates " + deflated.size() + " of its " + classes
        + " classes, " + (deflated.isEmpty() ? "" : deflated.get(0)) + " among them; set the jar"
        + " plugin's <archive><compress>false</compress></archive> in " + artifact + "'s pom"
        + " again");
  }
}
