package io.tidemark.processor;

import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Reporter;
import io.tidemark.processor.render.RegistryClass;
import io.tidemark.processor.render.RenderedRevision;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a revision twice, through the {@link Filer} (compiled in this build) and into the
 * source tree (committed later), plus the registry that lists every revision for
 * {@link java.util.ServiceLoader}. Existing files on disk are never rewritten.
 */
final class RevisionWriter {
  static final String SERVICE = "META-INF/services/io.tidemark.RevisionRegistry";

  private final Filer filer;
  private final Reporter reporter;
  private final ProcessorOptions options;

  RevisionWriter(Filer filer, Reporter reporter, ProcessorOptions options) {
    this.filer = filer;
    this.reporter = reporter;
    this.options = options;
  }

  /** Writes {@code revision}; false after reporting TM096. */
  boolean write(RenderedRevision revision, Element anchor, Element... originating) {
    Path dir = options.packageDir();
    Path source = dir.resolve(revision.className() + ".java");
    Path snapshot = dir.resolve(revision.className() + ".snapshot.json");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      reporter.error(Code.TM096, anchor, "Cannot create the revision folder " + dir + ": " + e
          + "; check -Atidemark.dir and -Atidemark.package and that the folder is writable.");
      return false;
    }
    try {
      Files.writeString(source, revision.javaSource(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      Files.writeString(snapshot, revision.snapshotJson(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      javaSource(options.packageName() + "." + revision.className(), revision.javaSource(), originating);
    } catch (FileAlreadyExistsException e) {
      reporter.error(Code.TM096, anchor, "Revision file " + e.getFile() + " already exists and"
          + " Tidemark never rewrites a revision; if it is a leftover of an interrupted build,"
          + " delete it together with its .java/.snapshot.json sibling and rebuild.");
      return false;
    } catch (IOException e) {
      reporter.error(Code.TM096, anchor, "Cannot write revision " + revision.id() + " to " + dir
          + ": " + e + "; check that the folder is writable.");
      return false;
    }
    reporter.note(Code.TM097, anchor, "Wrote revision " + revision.id() + " (" + revision.message()
        + ") to " + source + " and its snapshot next to it; review and commit both.");
    return true;
  }

  /**
   * Regenerates the registry of {@code classNames} (simple names, in graph order): its class
   * file (see {@link RegistryClass}) and its {@code ServiceLoader} entry, both as resources of
   * the class output, so javac needs no further round for them.
   */
  void registry(List<String> classNames, Element anchor, Element... originating) {
    String pkg = options.packageName();
    String name = pkg.isEmpty() ? RegistryClass.NAME : pkg + "." + RegistryClass.NAME;
    try {
      FileObject registry = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg,
          RegistryClass.NAME + ".class", originating);
      try (OutputStream out = registry.openOutputStream()) {
        out.write(RegistryClass.bytes(pkg, classNames));
      }
      FileObject service = filer.createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE, originating);
      try (Writer out = service.openWriter()) {
        out.write(name + "\n");
      }
    } catch (IOException e) {
      reporter.error(Code.TM096, anchor, "Cannot write the revision registry " + name + ": " + e
          + "; check that the build output folder is writable.");
    }
  }

  /**
   * Writes the schema after the head revision {@code headClass} as the class-path resource
   * {@code <package>/<headClass>.snapshot.json}, the same bytes as the snapshot beside a
   * generated revision, so the runtime's drift check knows the model of a database at head.
   */
  void headSnapshot(String headClass, String json, Element anchor, Element... originating) {
    String pkg = options.packageName();
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg,
          headClass + ".snapshot.json", originating);
      try (OutputStream out = resource.openOutputStream()) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      reporter.error(Code.TM096, anchor, "Cannot write the snapshot resource of " + headClass
          + ": " + e + "; check that the build output folder is writable.");
    }
  }

  private void javaSource(String name, String source, Element... originating) throws IOException {
    try (Writer out = filer.createSourceFile(name, originating).openWriter()) {
      out.write(source);
    }
  }
}
