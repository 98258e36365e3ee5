package io.tidemark.processor.diff;

import io.tidemark.ddl.DropView;
import io.tidemark.snapshot.ViewNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the ops of views and materialized views, matched by qualified name. PostgreSQL
 * cannot change what a view's columns are, so any change is a drop and a create, in the
 * phases and dependency order of continuous aggregates: dropped before the tables they read
 * change, created after.
 */
final class ViewDiffer {
  private final Plan plan;
  private final Dependencies before;
  private final Dependencies after;
  private final Set<String> rebuilt;

  ViewDiffer(Plan plan, Dependencies before, Dependencies after, Set<String> rebuilt) {
    this.plan = plan;
    this.before = before;
    this.after = after;
    this.rebuilt = rebuilt;
  }

  void diff(List<ViewNode> previous, List<ViewNode> current) {
    Map<String, ViewNode> now = new HashMap<>();
    current.forEach(v -> now.put(v.qualifiedName(), v));
    Map<String, ViewNode> then = new HashMap<>();
    for (ViewNode view : previous) {
      then.put(view.qualifiedName(), view);
      if (!now.containsKey(view.qualifiedName()) || rebuilt.contains(view.qualifiedName())) {
        plan.add(Phase.DROP_AGGREGATE, -before.depth(view.qualifiedName()),
            new DropView(view.qualifiedName(), view.materialized(), view.createView()));
      }
    }
    for (ViewNode view : current) {
      if (!then.containsKey(view.qualifiedName()) || rebuilt.contains(view.qualifiedName())) {
        plan.add(Phase.CREATE_AGGREGATE, after.depth(view.qualifiedName()), view.createView());
      }
    }
  }
}
