package io.tidemark.processor.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.tidemark.chain.RevisionNames;
import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.CreateExtension;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.CreateView;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropContinuousAggregate;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.DropView;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SetNullable;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Turns a diff into the source of one revision class, and revisions into the registry class.
 * The only JavaPoet user; everything it writes depends only on its arguments, so equal inputs
 * give equal bytes.
 */
public final class RevisionRenderer {
  private RevisionRenderer() {}

  /**
   * Renders revision {@code sequence} on {@code parents} (none for the base, two or more for a
   * merge). The id hashes the parents, the rendered upgrade and downgrade and the snapshot, so
   * two branches that change the model differently get different ids.
   */
  public static RenderedRevision render(
      String packageName, int sequence, List<String> parents, DiffResult diff, Schema snapshot) {
    return render(packageName, sequence, parents, diff, snapshot, Map.of());
  }

  /**
   * Like {@link #render(String, int, List, DiffResult, Schema)}, with {@code notes}: comment
   * lines written before upgrade ops, by op index (what a lint acknowledgement accepted, and why).
   */
  public static RenderedRevision render(String packageName, int sequence, List<String> parents,
      DiffResult diff, Schema snapshot, Map<Integer, List<String>> notes) {
    DdlFactories ddl = new DdlFactories();
    StatementRenderer statements = new StatementRenderer(ddl);
    PlanSteps steps = new PlanSteps(diff.upgrade());
    List<CodeBlock> upgradeStatements =
        new ArrayList<>(statements(diff.upgrade(), statements, steps));
    notes.forEach((op, lines) -> {
      CodeBlock.Builder noted = CodeBlock.builder();
      lines.forEach(line -> noted.add("// $L\n", comment(line)));
      upgradeStatements.set(op, noted.add(upgradeStatements.get(op)).build());
    });
    List<CodeBlock> downgradeStatements =
        statements(diff.downgrade(), statements, new PlanSteps(List.of()));
    CodeBlock upgrade = CodeBlock.join(upgradeStatements, "");
    CodeBlock downgrade = CodeBlock.join(downgradeStatements, "");
    String snapshotJson = SnapshotCodec.write(snapshot);
    String id = RevisionNames.id(sequence,
        String.join("\n", parents) + "\n" + upgrade + "\n" + downgrade + "\n" + snapshotJson);
    String message = message(diff.upgrade(), parents);
    String className = RevisionNames.className(id, message);

    CodeBlock.Builder members = CodeBlock.builder().add("id = $S", id);
    if (parents.size() == 1) {
      members.add(", parent = $S", parents.get(0));
    } else if (parents.size() > 1) {
      members.add(", parent = {$L}",
          CodeBlock.join(parents.stream().map(p -> CodeBlock.of("$S", p)).toList(), ", "));
    }
    members.add(", message = $S", message);
    // JavaPoet writes named members one per line; as the single "value" it keeps them on one
    // line, which is how a person writes @Revision.
    AnnotationSpec revision = AnnotationSpec.builder(ClassName.get("io.tidemark", "Revision"))
        .addMember("value", members.build())
        .build();
    TypeSpec type = TypeSpec.classBuilder(className)
        .addJavadoc("Generated from the entity model; the schema after this revision is in\n"
            + "{@code $L.snapshot.json}, next to this file.\n$L", className,
            SqlJavadoc.of(id, diff.upgrade(), diff.downgrade()))
        .addAnnotation(revision)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ClassName.get("io.tidemark", "Migration"))
        .addMethods(MethodSplitter.methods(diff.upgrade(), upgradeStatements, diff.downgrade(),
            downgradeStatements))
        .build();
    JavaFile.Builder file = JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true);
    if (!ddl.used().isEmpty()) {
      file.addStaticImport(ClassName.get("io.tidemark", "Ddl"), ddl.used().toArray(String[]::new));
    }
    return new RenderedRevision(id, className, message, file.build().toString(), snapshotJson);
  }

  /**
   * {@code text} on one line that stays a comment: line breaks become spaces and backslashes are
   * doubled, since javac reads a backslash, {@code u} and four hex digits as the character they
   * name even in a comment, and a line break there would end it.
   */
  private static String comment(String text) {
    return text.strip().replaceAll("\\s+", " ").replace("\\", "\\\\");
  }

  private static List<CodeBlock> statements(List<Operation> ops, StatementRenderer statements,
      PlanSteps steps) {
    return ops.stream().map(op -> {
      CodeBlock code = op.accept(statements);
      SetNullable notNull = steps.notNullFor(op);
      return notNull == null ? code : StatementRenderer.afterBackfillPlaceholder(notNull, code);
    }).toList();
  }

  /**
   * What the revision does in a few words: the first two changes, then how many more. Ops on a
   * table or view created by the same revision (its indexes, hypertable, policies) are part of
   * that creation, so are the steps of a safe plan beside the change they carry out, schema and
   * extension ops
   * count only when nothing else happens, and tables, columns and views coming or going are
   * named before other changes.
   */
  static String message(List<Operation> upgrade, List<String> parents) {
    if (upgrade.isEmpty()) {
      return parents.size() > 1 ? "merge " + joinWithAnd(parents) : "empty revision";
    }
    PlanSteps steps = new PlanSteps(upgrade);
    OpDescriber describer = new OpDescriber();
    Set<String> created = new HashSet<>();
    List<String> changes = new ArrayList<>();
    List<String> schemaChanges = new ArrayList<>();
    List<String> details = new ArrayList<>();
    // a view dropped and created again around a change is a detail of that change
    Set<String> dropped = new HashSet<>();
    Set<String> rebuilt = new HashSet<>();
    List<String> rebuiltViews = new ArrayList<>();
    for (Operation op : upgrade) {
      if (op instanceof DropView) {
        dropped.add(op.subject());
      } else if (op instanceof CreateView && dropped.contains(op.subject())) {
        rebuilt.add(op.subject());
      }
    }
    for (Operation op : upgrade) {
      if (op instanceof CreateSchema || op instanceof DropSchema || op instanceof CreateExtension) {
        schemaChanges.add(op.accept(describer));
      } else if (!created.contains(op.subject()) && !steps.isStep(op)) {
        (rebuilt.contains(op.subject()) ? rebuiltViews : isHeadline(op) ? changes : details)
            .add(op.accept(describer));
      }
      if (op instanceof CreateTable || op instanceof CreateContinuousAggregate
          || op instanceof CreateView) {
        created.add(op.subject());
      }
    }
    changes.addAll(details);
    changes.addAll(rebuiltViews);
    if (changes.isEmpty()) {
      changes = schemaChanges;
    }
    if (changes.size() <= 2) {
      return String.join(", ", changes);
    }
    int more = changes.size() - 2;
    return changes.get(0) + ", " + changes.get(1) + " and " + more
        + (more == 1 ? " more change" : " more changes");
  }

  /** Tables, columns and views coming, going or renamed: what a reviewer looks for first. */
  private static boolean isHeadline(Operation op) {
    return op instanceof CreateTable || op instanceof DropTable || op instanceof RenameTable
        || op instanceof AddColumn || op instanceof DropColumn || op instanceof RenameColumn
        || op instanceof CreateContinuousAggregate || op instanceof DropContinuousAggregate
        || op instanceof CreateView || op instanceof DropView;
  }

  private static String joinWithAnd(List<String> items) {
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
