package io.tidemark.it;

import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.processor.render.RegistryClass;
import io.tidemark.processor.render.RenderedRevision;
import io.tidemark.processor.render.RevisionRenderer;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds, from one snapshot alone, a single revision that creates the whole schema
 * (diff against the empty schema, rendered and compiled like a generated revision), so a
 * fresh database can show what the snapshot means independently of the chain that led to it.
 */
final class SnapshotMigration {
  private static final String PACKAGE = "com.example.fresh";

  private SnapshotMigration() {}

  /** Compiles the create-everything revision into {@code dir/classes}, with its registry. */
  static Path compile(String snapshotJson, Path dir) {
    Schema schema = SnapshotCodec.read(snapshotJson);
    DiffResult diff = SchemaDiffer.diff(Schema.EMPTY, schema, Renames.NONE);
    RenderedRevision revision = RevisionRenderer.render(PACKAGE, 1, List.of(), diff, schema);
    Path sources = dir.resolve("src/" + PACKAGE.replace('.', '/'));
    Path revisionSource = sources.resolve(revision.className() + ".java");
    FileTrees.write(revisionSource, revision.javaSource());
    Path classes = dir.resolve("classes");
    ModelCompiler.compile(List.of(revisionSource), classes, dir.resolve("generated"),
        List.of("-proc:none"));
    String registry = PACKAGE + "." + RegistryClass.NAME;
    try {
      Path registryClass = classes.resolve(registry.replace('.', '/') + ".class");
      Files.write(registryClass, RegistryClass.bytes(PACKAGE, List.of(revision.className())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FileTrees.write(classes.resolve("META-INF/services/io.tidemark.RevisionRegistry"),
        registry + "\n");
    return classes;
  }
}
