package io.tidemark.processor.render;

import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.NoChange;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.processor.diff.SafePlan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells, in a revision's upgrade, the ops that carry out a safe plan from those that state a
 * change of the model: a validation, the index a key takes over, the check that proves a column
 * NOT NULL. A message names the change, not its steps; the check gets the backfill placeholder.
 */
final class PlanSteps {
  /** The check-adding ops of a NOT NULL plan, to the SET NOT NULL they prepare. */
  private final Map<Operation, SetNullable> notNullChecks = new HashMap<>();
  private final Set<Operation> steps = new HashSet<>();

  PlanSteps(List<Operation> upgrade) {
    Set<List<String>> takenOver = new HashSet<>();
    for (Operation op : upgrade) {
      if (op instanceof SetNullable set && !set.nullable()) {
        var check = SafePlan.notNullCheck(set.table(), set.column());
        notNullChecks.put(new AddConstraint(set.table(), check), set);
        steps.add(new AddConstraint(set.table(), check));
        steps.add(new DropConstraint(set.table(), check.name(), check));
      } else if (op instanceof AddConstraint add) {
        String index = add.constraint() instanceof PrimaryKeyDef key ? key.index()
            : add.constraint() instanceof UniqueDef unique ? unique.index() : null;
        if (index != null) {
          takenOver.add(List.of(add.table(), index));
        }
      }
    }
    for (Operation op : upgrade) {
      if (op instanceof ValidateConstraint || op instanceof NoChange
          || op instanceof CreateIndex create
              && takenOver.contains(List.of(create.table(), create.index().name()))) {
        steps.add(op);
      }
    }
  }

  /** Whether {@code op} is a step of a safe plan rather than a change of its own. */
  boolean isStep(Operation op) {
    return steps.contains(op);
  }

  /** The SET NOT NULL whose check {@code op} adds, or {@code null}. */
  SetNullable notNullFor(Operation op) {
    return notNullChecks.get(op);
  }
}
