package io.tidemark.processor.diff;

import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.AddRefreshPolicy;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.DropContinuousAggregate;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.RemoveCompressionPolicy;
import io.tidemark.ddl.RemoveRefreshPolicy;
import io.tidemark.ddl.SetMaterializedOnly;
import io.tidemark.snapshot.AggregateNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides the ops of continuous aggregates, matched by qualified name. TimescaleDB cannot alter
 * an aggregate's query, so a changed query is a drop and a create, and so is one that reads a
 * column or an aggregate that changes under it ({@link Dependencies}); an aggregate on another
 * is dropped before it and created after it.
 */
final class AggregateDiffer {
  private final Plan plan;
  private final Dependencies before;
  private final Dependencies after;
  private final Set<String> rebuilt;

  AggregateDiffer(Plan plan, Dependencies before, Dependencies after, Set<String> rebuilt) {
    this.plan = plan;
    this.before = before;
    this.after = after;
    this.rebuilt = rebuilt;
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
      } else if (rebuilt.contains(name)) {
        drop(then);
        create(aggregate);
        plan.report(DiffCode.AGGREGATE_REBUILT, name, null, "continuous aggregate " + name
            + " reads " + String.join(", ", this.after.reads(name)) + ", which changes under it"
            + " (a column it reads changes type, is renamed or dropped, or the aggregate it reads"
            + " is re-created): it is dropped first and re-created empty after the change, and"
            + " its rows are re-materialized by the next refresh");
      } else {
        int rank = this.after.depth(name);
        if (then.materializedOnly() != aggregate.materializedOnly()) {
          plan.add(Phase.CREATE_AGGREGATE, rank,
              new SetMaterializedOnly(name, aggregate.materializedOnly()));
        }
        compressionChanges(then, aggregate);
        if (!Objects.equals(then.refresh(), aggregate.refresh())) {
          if (then.refresh() != null) {
            plan.add(Phase.DROP_AGGREGATE, -this.before.depth(name),
                new RemoveRefreshPolicy(name, then.refresh()));
          }
          if (aggregate.refresh() != null) {
            plan.add(Phase.CREATE_AGGREGATE, rank, new AddRefreshPolicy(name, aggregate.refresh()));
          }
        }
      }
    }
  }

  /** Settings changed: off and on again (which decompresses); only the policy: replaced. */
  private void compressionChanges(AggregateNode then, AggregateNode now) {
    String name = now.qualifiedName();
    boolean settings = !Objects.equals(then.compression(), now.compression());
    if (settings || !Objects.equals(then.compressAfter(), now.compressAfter())) {
      dropCompression(then, -before.depth(name), settings);
      createCompression(now, after.depth(name), settings);
    }
  }

  private void dropCompression(AggregateNode aggregate, int rank, boolean settings) {
    String name = aggregate.qualifiedName();
    if (aggregate.compressAfter() != null) {
      plan.add(Phase.DROP_AGGREGATE, rank,
          new RemoveCompressionPolicy(name, aggregate.compressAfter()));
    }
    if (settings && aggregate.compression() != null) {
      plan.add(Phase.DROP_AGGREGATE, rank,
          new DisableCompression(name, aggregate.compression(), true, false));
    }
  }

  private void createCompression(AggregateNode aggregate, int rank, boolean settings) {
    String name = aggregate.qualifiedName();
    if (settings && aggregate.compression() != null) {
      plan.add(Phase.CREATE_AGGREGATE, rank,
          new EnableCompression(name, aggregate.compression(), true, false));
    }
    if (aggregate.compressAfter() != null) {
      plan.add(Phase.CREATE_AGGREGATE, rank,
          new AddCompressionPolicy(name, aggregate.compressAfter()));
    }
  }

  private void drop(AggregateNode aggregate) {
    String name = aggregate.qualifiedName();
    int rank = -before.depth(name);
    // pruned from the upgrade by the drop; their reverses restore the compression on downgrade
    dropCompression(aggregate, rank, true);
    if (aggregate.refresh() != null) {
      plan.add(Phase.DROP_AGGREGATE, rank, new RemoveRefreshPolicy(name, aggregate.refresh()));
    }
    plan.add(Phase.DROP_AGGREGATE, rank,
        new DropContinuousAggregate(name, aggregate.createAggregate()));
  }

  private void create(AggregateNode aggregate) {
    String name = aggregate.qualifiedName();
    int rank = after.depth(name);
    plan.add(Phase.CREATE_AGGREGATE, rank, aggregate.createAggregate());
    if (aggregate.refresh() != null) {
      plan.add(Phase.CREATE_AGGREGATE, rank, new AddRefreshPolicy(name, aggregate.refresh()));
    }
    createCompression(aggregate, rank, true);
  }
}
