package io.tidemark.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture page maps every package of the library modules to its module, and names
 * no package or folder that does not exist, so a newcomer who follows it lands on code.
 */
class ArchitecturePageTest {
  private static final List<String> MODULES = List.of("annotations", "core", "processor",
      "runtime");
  /** A table row of the package table: {@code | `module/` | `io.tidemark.x` | ... |}. */
  private static final Pattern PACKAGE_ROW =
      Pattern.compile("^\\| `(\\w+)/` \\| `(io\\.tidemark[\\w.]*)` \\|");
  /** A table row of the module table: {@code | `io.tidemark.x` | `folder/` | `exports`, ... |}. */
  private static final Pattern MODULE_ROW =
      Pattern.compile("^\\| `(io\\.tidemark[\\w.]*)` \\| `(\\w+)/` \\| (.*) \\|$");
  /** A table row of the folder table: {@code | `some/folder/` | ... |}. */
  private static final Pattern FOLDER_ROW = Pattern.compile("^\\| `([\\w./-]+/)` \\|");

  @Test
  void architecture_packageTable_listsExactlyTheMainPackages() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (String line : page()) {
      Matcher row = PACKAGE_ROW.matcher(line);
      if (row.find()) {
        listed.add(row.group(1) + "/ " + row.group(2));
      }
    }
    Set<String> actual = mainPackages();
    assertFalse(actual.isEmpty(), "found no main sources under " + MODULES);
    assertEquals(actual, listed, "docs/architecture.md's package table must name each package "
        + "that holds main sources, with its module, and nothing else; update the table");
  }

  @Test
  void architecture_moduleTable_matchesEachModuleDescriptor() throws IOException {
    Map<String, String> listed = new TreeMap<>();
    for (String line : page()) {
      Matcher row = MODULE_ROW.matcher(line);
      if (row.find()) {
        listed.put(row.group(1) + " " + row.group(2) + "/", row.group(3).replace("`", ""));
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (String module : MODULES) {
      Path descriptor = Paths.repo().resolve(module).resolve("src/main/java/module-info.java");
      if (Files.exists(descriptor)) {
        String source = Files.readString(descriptor, StandardCharsets.UTF_8);
        Matcher name = Pattern.compile("module ([\\w.]+) \\{").matcher(source);
        assertTrue(name.find(), descriptor + " declares no module");
        List<String> exports = new ArrayList<>();
        Matcher export = Pattern.compile("^\\s*exports ([\\w.]+);", Pattern.MULTILINE)
            .matcher(source);
        while (export.find()) {
          exports.add(export.group(1));
        }
        actual.put(name.group(1) + " " + module + "/", String.join(", ", exports));
      }
    }
    assertFalse(actual.isEmpty(), "found no module-info.java under " + MODULES);
    assertEquals(actual, listed, "docs/architecture.md's module table must list each "
        + "module-info.java with its exports, in order; update the table");
  }

  @Test
  void architecture_folderTable_namesOnlyExistingFolders() throws IOException {
    Set<String> missing = new TreeSet<>();
    int folders = 0;
    for (String line : page()) {
      Matcher row = FOLDER_ROW.matcher(line);
      if (row.find()) {
        folders++;
        if (!Files.isDirectory(Paths.repo().resolve(row.group(1)))) {
          missing.add(row.group(1));
        }
      }
    }
    assertFalse(folders == 0, "docs/architecture.md lists no folders");
    assertEquals(Set.of(), missing, "docs/architecture.md names folders that do not exist");
  }

  private static List<String> page() throws IOException {
    return Files.readAllLines(Paths.docs().resolve("architecture.md"), StandardCharsets.UTF_8);
  }

  /** {@code module/ package} for each folder of a module's main sources that holds Java. */
  private static Set<String> mainPackages() throws IOException {
    Set<String> packages = new TreeSet<>();
    for (String module : MODULES) {
      Path root = Paths.repo().resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")
            && !f.getFileName().toString().equals("module-info.java")).toList()) {
          String name = root.relativize(file.getParent()).toString().replace('/', '.');
          packages.add(module + "/ " + name);
        }
      }
    }
    return packages;
  }
}
