package io.tidemark.processor;

import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.MaterializedView;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.View;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.processor.diff.ColumnstoreNames;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Finding;
import io.tidemark.processor.lint.Lint;
import io.tidemark.processor.model.Acknowledgement;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Comments;
import io.tidemark.processor.model.Model;
import io.tidemark.processor.model.ModelReader;
import io.tidemark.processor.model.Reporter;
import io.tidemark.processor.render.RenderedRevision;
import io.tidemark.processor.render.RevisionRenderer;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * One run of the processor: options, revisions on disk, previous snapshot, current model,
 * diff and lint, findings, then the revision (or the failOnChange error) and the registry.
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
    Stream.of(Table.class, ContinuousAggregate.class, View.class, MaterializedView.class)
        .flatMap(a -> ElementFilter.typesIn(round.getElementsAnnotatedWith(a)).stream())
        .forEach(t -> roundEntities.put(t.getQualifiedName().toString(), t));
    // JPA's @Entity is read by name: without jakarta.persistence on the class path there is none.
    TypeElement jpaEntity = env.getElementUtils().getTypeElement(ModelReader.JPA_ENTITY);
    if (jpaEntity != null) {
      ElementFilter.typesIn(round.getElementsAnnotatedWith(jpaEntity))
          .forEach(t -> roundEntities.put(t.getQualifiedName().toString(), t));
    }
    new ModelReader(reporter, Comments.explicitOnly())
        .checkHypertablesHaveTables(round.getElementsAnnotatedWith(Hypertable.class));
    Element anchor = roundEntities.values().stream().findFirst().orElse(null);
    Optional<ProcessorOptions> options =
        ProcessorOptions.read(env.getOptions(), System.getenv(), reporter, anchor);
    if (options.isEmpty()) {
      return;
    }
    Map<String, TypeElement> compiled = new TreeMap<>();
    ElementFilter.typesIn(round.getRootElements())
        .forEach(t -> compiled.put(t.getQualifiedName().toString(), t));
    Optional<RevisionGraph<RevisionFile>> graph =
        new RevisionReader(reporter, anchor, compiled).read(options.get());
    if (graph.isEmpty()) {
      return;
    }
    List<RevisionFile> heads = graph.get().heads().stream().map(graph.get()::get).toList();
    Previous previous = new Previous(new SnapshotStore(graph.get(), reporter, anchor), heads);
    // The round usually holds every entity: read it once, checking renames against the stored
    // snapshot only if the model differs from it; what it reports waits until we know.
    Reporter held = reporter.deferred();
    Comments comments = options.get().javadocComments()
        ? Comments.withJavadoc(env) : Comments.explicitOnly();
    Optional<Model> model =
        new ModelReader(held, comments).read(roundEntities.values(), previous::against);
    if (previous.schema().isEmpty()) {
      return;
    }
    Set<TypeElement> entities = new LinkedHashSet<>(roundEntities.values());
    if (!previous.unchanged()) {
      entities.addAll(previousEntities(previous.schema().get()));
    }
    if (entities.size() == roundEntities.size()) {
      held.replay();
    } else {
      // A partial compilation: the entities named by the snapshot complete the model.
      model = new ModelReader(reporter, comments).read(entities, previous.schema().get());
    }
    if (model.isEmpty() || reporter.hasErrors()) {
      return;
    }
    Acknowledged acknowledged = new Acknowledged(env.getElementUtils(), reporter, model.get());
    List<Acknowledgement> acks = acknowledged.read(round, previous.unchanged()
        ? List.of() : previous.schema().get().tables());
    Lint.Outcome outcome = new Lint(reporter, options.get().lint(), model.get(),
        env.getElementUtils()).run(previous.unchanged() ? Optional.empty() : previous.schema(),
            acks, acknowledged.stray(round));
    DiffResult diff = options.get().columnstore()
        ? ColumnstoreNames.apply(outcome.diff()) : outcome.diff();
    for (Finding finding : diff.findings()) {
      reporter.finding(finding, model.get().elementOf(finding.table(), finding.column()));
    }
    if (reporter.hasErrors()) {
      return;
    }
    Element[] originating = entities.stream()
        .sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .toArray(Element[]::new);
    RevisionWriter writer = new RevisionWriter(env.getFiler(), reporter, options.get());
    List<String> classes = new ArrayList<>(graph.get().ordered().stream().map(RevisionFile::className).toList());
    if (!diff.isEmpty() || heads.size() > 1) {
      Element changed = firstChanged(diff, model.get(), anchor);
      RenderedRevision revision = RevisionRenderer.render(options.get().packageName(),
          graph.get().nextSequence(), heads.stream().map(RevisionFile::id).toList(), diff,
          outcome.schema(), outcome.notes());
      if (options.get().failOnChange()) {
        reporter.error(Code.TM095, changed, "The model needs a new revision (" + revision.message()
            + ") but tidemark.failOnChange is on (set by -Atidemark.failOnChange, or by CI=true"
            + " when that option is absent), so nothing was written. Build locally without it (or"
            + " with -Atidemark.failOnChange=false) and commit the generated revision and its"
            + " .snapshot.json.");
        return;
      }
      if (!writer.write(revision, changed, originating)) {
        return;
      }
      classes.add(revision.className());
    }
    writer.registry(classes, anchor, originating);
    if (!classes.isEmpty()) {
      writer.headSnapshot(classes.get(classes.size() - 1),
          SnapshotCodec.write(model.get().schema()), anchor, originating);
    }
  }

  /**
   * The schema after the heads, read from disk only when needed: the usual build's model
   * written as JSON equals the single head's stored snapshot, which is much cheaper to check
   * than reading the snapshot back into records and diffing. Equal text also means every
   * declared rename is already applied.
   */
  /**
   * The entity of the first table or view the revision changes, so a note or error about the
   * revision points at what changed; {@code anchor} when no op names an entity (a merge).
   */
  private static Element firstChanged(DiffResult diff, Model model, Element anchor) {
    return diff.upgrade().stream()
        .map(op -> model.elementOf(op.subject(), null))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(anchor);
  }

  private static final class Previous {
    private final SnapshotStore store;
    private final List<RevisionFile> heads;
    private Optional<Schema> schema;
    private boolean unchanged;

    Previous(SnapshotStore store, List<RevisionFile> heads) {
      this.store = store;
      this.heads = heads;
    }

    /** The previous snapshot to check the renames of {@code current} against. */
    Schema against(Schema current) {
      String stored = heads.size() == 1 ? SnapshotStore.storedText(heads.get(0)) : null;
      if (stored != null && SnapshotCodec.write(current).equals(stored)) {
        unchanged = true;
        schema = Optional.of(current);
      }
      return schema().orElse(Schema.EMPTY);
    }

    /** Empty after SnapshotStore reported why. */
    Optional<Schema> schema() {
      if (schema == null) {
        schema = store.merged(heads);
      }
      return schema;
    }

    boolean unchanged() {
      return unchanged;
    }
  }

  /** The types named by the previous snapshot, found in this compilation or on the class path. */
  private List<TypeElement> previousEntities(Schema previous) {
    List<TypeElement> types = new ArrayList<>();
    Stream.of(previous.tables().stream().map(TableNode::entity),
            previous.aggregates().stream().map(AggregateNode::entity),
            previous.views().stream().map(ViewNode::entity))
        .flatMap(s -> s)
        .forEach(binaryName -> {
          TypeElement type = env.getElementUtils().getTypeElement(binaryName.replace('$', '.'));
          if (type != null) {
            types.add(type);
          }
        });
    return types;
  }
}
