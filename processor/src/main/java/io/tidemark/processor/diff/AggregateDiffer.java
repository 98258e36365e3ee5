package io.tidemark.processor.diff;

import io.tidemark.ddl.AddRefreshPolicy;
import io.tidemark.ddl.DropContinuousAggregate;
import io.tidemark.ddl.RemoveRefreshPolicy;
import io.tidemark.ddl.SetMaterializedOnly;
import io.tidemark.snapshot.AggregateNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides the ops of continuous aggregates, matched by qualified name. TimescaleDB cannot alter
 * an aggregate's query, so a changed query is a drop and a create.
 */
final class AggregateDiffer {
  private final Plan plan;

  AggregateDiffer(Plan plan) {
    this.plan = plan;
  }

  void diff(List<AggregateNode> previous, List<AggregateNode> current) {
    Map<String, AggregateNode> after = new HashMap<>();
    current.forEach(a -> after.put(a.qualifiedName(), a));
    Map<String, AggregateNode> before = new HashMap<>();
    for (AggregateNode aggregate : previous) {
      String name = aggregate.qualifiedName();
      before.put(name, aggregate);
      if (!after.containsKey(name)) {
        drop(aggregate);
        plan.report(DiffCode.DROP_AGGREGATE, name, null, "continuous aggregate " + name
            + " is dropped with its materialized rows");
      }
    }
    for (AggregateNode aggregate : current) {
      String name = aggregate.qualifiedName();
      AggregateNode then = before.get(name);
      if (then == null) {
        create(aggregate);
      } else if (!then.query().strip().equals(aggregate.query().strip())) {
        drop(then);
        create(aggregate);
        plan.report(DiffCode.AGGREGATE_QUERY_CHANGED, name, null, "the query of continuous"
            + " aggregate " + name + " changes, which TimescaleDB cannot alter: it is dropped and"
            + " re-created empty, and its rows are re-materialized by the next refresh");
      } else {
        if (then.materializedOnly() != aggregate.materializedOnly()) {
          plan.add(Phase.CREATE_AGGREGATE, new SetMaterializedOnly(name, aggregate.materializedOnly()));
        }
        if (!Objects.equals(then.refresh(), aggregate.refresh())) {
          if (then.refresh() != null) {
            plan.add(Phase.DROP_AGGREGATE, new RemoveRefreshPolicy(name, then.refresh()));
          }
          if (aggregate.refresh() != null) {
            plan.add(Phase.CREATE_AGGREGATE, new AddRefreshPolicy(name, aggregate.refresh()));
          }
        }
      }
    }
  }

  private void drop(AggregateNode aggregate) {
    if (aggregate.refresh() != null) {
      plan.add(Phase.DROP_AGGREGATE, new RemoveRefreshPolicy(aggregate.qualifiedName(), aggregate.refresh()));
    }
    plan.add(Phase.DROP_AGGREGATE,
        new DropContinuousAggregate(aggregate.qualifiedName(), aggregate.createAggregate()));
  }

  private void create(AggregateNode aggregate) {
    plan.add(Phase.CREATE_AGGREGATE, aggregate.createAggregate());
    if (aggregate.refresh() != null) {
      plan.add(Phase.CREATE_AGGREGATE, new AddRefreshPolicy(aggregate.qualifiedName(), aggregate.refresh()));
    }
  }
}
