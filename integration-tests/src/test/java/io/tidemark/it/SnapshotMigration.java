package io.tidemark.it;

import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.processor.render.RenderedRevision;
import io.tidemark.processor.render.RevisionRenderer;
import io.tidemark.processor.snapshot.Schema;
import io.tidemark.processor.snapshot.SnapshotCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds, from one snapshot alone, a single revision that creates the whole schema
 * (diff against the empty schema, rendered and compiled like a generated revision), so a
 * fresh database can show what the snapshot means independently of the chain that led to it.
 */
final class SnapshotMigration {
  private static final String PACKAGE = "com.example.fresh";
  private static final Pattern CLASS_NAME = Pattern.compile("\\bclass\\s+(\\w+)");

  private SnapshotMigration() {}

  /** Compiles the create-everything revision and its registry into {@code dir/classes}. */
  static Path compile(String snapshotJson, Path dir) {
    Schema schema = SnapshotCodec.read(snapshotJson);
    DiffResult diff = SchemaDiffer.diff(Schema.EMPTY, schema, Renames.NONE);
    RenderedRevision revision = RevisionRenderer.render(PACKAGE, 1, List.of(), diff, schema);
    String registry = RevisionRenderer.registry(PACKAGE, List.of(revision.className()));
    Matcher name = CLASS_NAME.matcher(registry);
    if (!name.find()) {
      throw new AssertionError("no class in the rendered registry:\n" + registry);
    }
    Path sources = dir.resolve("src/" + PACKAGE.replace('.', '/'));
    Path revisionSource = sources.resolve(revision.className() + ".java");
    Path registrySource = sources.resolve(name.group(1) + ".java");
    FileTrees.write(revisionSource, revision.javaSource());
    FileTrees.write(registrySource, registry);
    Path classes = dir.resolve("classes");
    ModelCompiler.compile(List.of(revisionSource, registrySource), classes,
        dir.resolve("generated"), List.of("-proc:none"));
    FileTrees.write(classes.resolve("META-INF/services/io.tidemark.RevisionRegistry"),
        PACKAGE + "." + name.group(1) + "\n");
    return classes;
  }
}
