package io.tidemark.importer;

import com.palantir.javapoet.JavaFile;
import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.snapshot.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where imported entities go: the package folder under a source root. A folder that already
 * holds Java sources is refused (TM162) unless forced, so an import never mixes with or
 * overwrites classes by accident; with force, files of the same name are replaced and other
 * files are left alone. Every check runs before the first file is written.
 */
public final class ImportSources {
  private final Path sourceRoot;
  private final String packageName;

  public ImportSources(Path sourceRoot, String packageName) {
    if (!packageName.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
      throw new TidemarkException(ErrorCode.TM162, "'" + packageName + "' is not a Java package"
          + " name; pass the package for the entity classes, for example com.acme.model.");
    }
    this.sourceRoot = sourceRoot;
    this.packageName = packageName;
  }

  /** Writes the entities of {@code schema}; returns their files in the order written. */
  public List<Path> write(Schema schema, boolean force) {
    Path directory = sourceRoot.resolve(packageName.replace('.', '/'));
    List<Path> existing = javaFiles(directory);
    if (!existing.isEmpty() && !force) {
      throw new TidemarkException(ErrorCode.TM162, directory + " already holds " + existing.size()
          + " Java source(s) (" + String.join(", ", existing.stream().limit(5)
              .map(p -> p.getFileName().toString()).toList())
          + (existing.size() > 5 ? ", ..." : "") + "); nothing was written. Import into a new "
          + "package (--package), or pass --force to replace the files of the same name.");
    }
    List<JavaFile> files = new EntityWriter(packageName).write(schema);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (JavaFile file : files) {
        Path path = directory.resolve(file.typeSpec().name() + ".java");
        Files.writeString(path, file.toString(), StandardCharsets.UTF_8);
        written.add(path);
      }
    } catch (IOException e) {
      throw new TidemarkException(ErrorCode.TM162, "Cannot write the entities to " + directory
          + ": " + e + ". Check that --dir points at a writable source root.", e);
    }
    return written;
  }

  private static List<Path> javaFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new TidemarkException(ErrorCode.TM162, "Cannot list " + directory + ": " + e
          + ". Check that --dir points at a readable source root.", e);
    }
  }
}
