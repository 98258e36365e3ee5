package io.tidemark.processor.model;

import io.tidemark.dialect.Naming;
import io.tidemark.snapshot.ViewNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @View} and {@code @MaterializedView} types, then resolves their
 * {@code dependsOn} classes to the tables, views and aggregates of the model and refuses a
 * view that depends on itself through others.
 */
final class ViewReader {
  static final String VIEW = "io.tidemark.annotations.View";
  static final String MATERIALIZED = "io.tidemark.annotations.MaterializedView";

  private final Reporter reporter;

  ViewReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The view with {@code dependsOn} still holding the classes' binary names. */
  Optional<Entity> read(TypeElement type, Ann ann) {
    boolean materialized = ann.place().mirror().getAnnotationType().toString().equals(MATERIALIZED);
    String name = ann.string("name").isEmpty()
        ? Naming.snakeCase(type.getSimpleName().toString()) : ann.string("name");
    boolean ok = Identifiers.check(reporter, ann.place("name"), "View name", name)
        & Identifiers.check(reporter, ann.place("schema"), "Schema name", ann.string("schema"));
    String query = AggregateReader.collapse(ann.string("query"));
    if (query.isEmpty()) {
      reporter.error(Code.TM036, ann.place("query"), "View " + name + " has an empty query;"
          + " write its SELECT in query = \"...\".");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    List<String> classes = ann.types("dependsOn").stream().map(TableReader::binaryName).toList();
    ViewNode view = new ViewNode(ann.string("schema"), name, TableReader.binaryName(type), query,
        materialized, !materialized || ann.bool("withData"), classes);
    return Optional.of(new Entity(type, ann, null, null, null, List.of(), view));
  }

  /**
   * The views with {@code dependsOn} as qualified names, empty after reporting TM037 for a
   * class that is no entity of the model or TM038 for a view that depends on itself.
   */
  Optional<List<ViewNode>> resolve(List<Entity> views, Map<String, Entity> entitiesByClass) {
    boolean ok = true;
    List<ViewNode> resolved = new ArrayList<>();
    for (Entity entity : views) {
      List<TypeElement> types = entity.declaration().types("dependsOn");
      List<String> names = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        Entity target = entitiesByClass.get(TableReader.binaryName(types.get(i)));
        if (target == null) {
          ok = false;
          reporter.error(Code.TM037, entity.declaration().place("dependsOn", i), "dependsOn of"
              + " view " + entity.qualifiedName() + " names " + types.get(i).getQualifiedName()
              + ", which is not an entity; name classes annotated with @Table, @View,"
              + " @MaterializedView or @ContinuousAggregate.");
        } else {
          names.add(target.qualifiedName());
        }
      }
      ViewNode v = entity.view();
      resolved.add(new ViewNode(v.schema(), v.name(), v.entity(), v.query(), v.materialized(),
          v.withData(), names));
    }
    boolean acyclic = acyclic(views, resolved);
    return ok && acyclic ? Optional.of(resolved) : Optional.empty();
  }

  private boolean acyclic(List<Entity> entities, List<ViewNode> views) {
    Map<String, List<String>> edges = new HashMap<>();
    views.forEach(v -> edges.put(v.qualifiedName(), v.dependsOn()));
    boolean ok = true;
    for (int i = 0; i < views.size(); i++) {
      List<String> cycle = cycleFrom(views.get(i).qualifiedName(), edges);
      if (!cycle.isEmpty()) {
        ok = false;
        reporter.error(Code.TM038, entities.get(i).declaration().place("dependsOn"), "View "
            + views.get(i).qualifiedName() + " depends on itself: " + String.join(" -> ", cycle)
            + "; a view can only read what exists before it, so remove one of these dependsOn.");
      }
    }
    return ok;
  }

  /** The path from {@code start} back to itself, or empty when there is none. */
  private static List<String> cycleFrom(String start, Map<String, List<String>> edges) {
    Deque<List<String>> paths = new ArrayDeque<>();
    paths.push(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!paths.isEmpty()) {
      List<String> path = paths.pop();
      for (String next : edges.getOrDefault(path.get(path.size() - 1), List.of())) {
        List<String> longer = new ArrayList<>(path);
        longer.add(next);
        if (next.equals(start)) {
          return longer;
        }
        if (seen.add(next)) {
          paths.push(longer);
        }
      }
    }
    return List.of();
  }
}
