package io.tidemark.processor;

import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Table;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Finding;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Model;
import io.tidemark.processor.model.ModelReader;
import io.tidemark.processor.model.Reporter;
import io.tidemark.processor.render.RenderedRevision;
import io.tidemark.processor.render.RevisionRenderer;
import io.tidemark.processor.snapshot.AggregateNode;
import io.tidemark.processor.snapshot.Schema;
import io.tidemark.processor.snapshot.SnapshotCodec;
import io.tidemark.processor.snapshot.TableNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * One run of the processor: options, revisions on disk, previous snapshot, current model,
 * diff, findings, then the revision (or the failOnChange error) and the registry.
 */
final class Pipeline {
  private final ProcessingEnvironment env;
  private final Reporter reporter;

  Pipeline(ProcessingEnvironment env, Reporter reporter) {
    this.env = env;
    this.reporter = reporter;
  }

  void run(RoundEnvironment round) {
    Map<String, TypeElement> roundEntities = new TreeMap<>();
    Stream.of(Table.class, ContinuousAggregate.class)
        .flatMap(a -> ElementFilter.typesIn(round.getElementsAnnotatedWith(a)).stream())
        .forEach(t -> roundEntities.put(t.getQualifiedName().toString(), t));
    ModelReader reader = new ModelReader(reporter);
    reader.checkHypertablesHaveTables(round.getElementsAnnotatedWith(Hypertable.class));
    Element anchor = roundEntities.values().stream().findFirst().orElse(null);
    Optional<ProcessorOptions> options =
        ProcessorOptions.read(env.getOptions(), System.getenv(), reporter, anchor);
    if (options.isEmpty()) {
      return;
    }
    Optional<RevisionGraph> graph = RevisionGraph.load(options.get().packageDir(), reporter, anchor);
    if (graph.isEmpty()) {
      return;
    }
    List<RevisionFile> heads = graph.get().heads();
    RevisionWriter writer = new RevisionWriter(env.getFiler(), reporter, options.get());
    List<String> classes = new ArrayList<>(graph.get().ordered().stream().map(RevisionFile::className).toList());
    if (unchanged(heads, roundEntities.values())) {
      writer.registry(classes, anchor, originating(roundEntities.values()));
      return;
    }
    Optional<Schema> previous = new SnapshotStore(graph.get(), reporter, anchor).merged(heads);
    if (previous.isEmpty()) {
      return;
    }
    Set<TypeElement> entities = new LinkedHashSet<>(roundEntities.values());
    entities.addAll(previousEntities(previous.get()));
    Optional<Model> model = reader.read(entities, previous.get());
    if (model.isEmpty()) {
      return;
    }
    DiffResult diff = SchemaDiffer.diff(previous.get(), model.get().schema(), model.get().renames());
    for (Finding finding : diff.findings()) {
      reporter.finding(finding, model.get().elementOf(finding.table(), finding.column()));
    }
    if (reporter.hasErrors()) {
      return;
    }
    Element[] originating = originating(entities);
    if (!diff.isEmpty() || heads.size() > 1) {
      RenderedRevision revision = RevisionRenderer.render(options.get().packageName(),
          graph.get().nextSequence(), heads.stream().map(RevisionFile::id).toList(), diff,
          model.get().schema());
      if (options.get().failOnChange()) {
        reporter.error(Code.TM095, anchor, "The model needs a new revision (" + revision.message()
            + ") but tidemark.failOnChange is on (the default when CI=true), so nothing was"
            + " written. Build locally without it (or with -Atidemark.failOnChange=false) and"
            + " commit the generated revision and its .snapshot.json.");
        return;
      }
      if (!writer.write(revision, anchor, originating)) {
        return;
      }
      classes.add(revision.className());
    }
    writer.registry(classes, anchor, originating);
  }

  /**
   * The usual build's shortcut: whether the entities of this round alone give exactly the
   * stored snapshot of the single head. Writing the schema and comparing text is much cheaper
   * than reading the snapshot back into records and diffing, and an equal text means the round
   * holds every entity and every declared rename is already applied. The model is read with its
   * diagnostics held back; they are printed only when the shortcut holds (otherwise the full
   * pipeline reads the model again and reports them itself).
   */
  private boolean unchanged(List<RevisionFile> heads, Collection<TypeElement> roundEntities) {
    String stored = heads.size() == 1 ? SnapshotStore.storedText(heads.get(0)) : null;
    if (stored == null) {
      return false;
    }
    Reporter held = reporter.deferred();
    Optional<Model> model = new ModelReader(held).read(roundEntities, UnaryOperator.identity());
    if (model.isEmpty() || held.hasErrors()
        || !SnapshotCodec.write(model.get().schema()).equals(stored)) {
      return false;
    }
    held.replay();
    return true;
  }

  private static Element[] originating(Collection<TypeElement> entities) {
    return entities.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .toArray(Element[]::new);
  }

  /** The types named by the previous snapshot, found in this compilation or on the class path. */
  private List<TypeElement> previousEntities(Schema previous) {
    List<TypeElement> types = new ArrayList<>();
    Stream.concat(previous.tables().stream().map(TableNode::entity),
            previous.aggregates().stream().map(AggregateNode::entity))
        .forEach(binaryName -> {
          TypeElement type = env.getElementUtils().getTypeElement(binaryName.replace('$', '.'));
          if (type != null) {
            types.add(type);
          }
        });
    return types;
  }
}
