package io.tidemark.processor.diff;

import io.tidemark.ddl.AlterSequence;
import io.tidemark.ddl.CreateSequence;
import io.tidemark.ddl.DropSequence;
import io.tidemark.ddl.SequenceDef;
import java.util.List;
import java.util.Objects;

/**
 * Decides the ops of standalone sequences: created before the tables whose defaults draw from
 * them and dropped after those are gone; the column that owns one is set once it exists and
 * let go of before it is dropped (so dropping it does not take the sequence along); changed
 * options are altered in place, without a restart.
 */
final class SequenceDiffer {
  private final Plan plan;
  private final RenameMap renames;

  SequenceDiffer(Plan plan, RenameMap renames) {
    this.plan = plan;
    this.renames = renames;
  }

  void diff(List<SequenceDef> previous, List<SequenceDef> current) {
    for (SequenceDef now : current) {
      SequenceDef then = find(previous, now.name());
      if (then == null) {
        plan.add(Phase.CREATE_SEQUENCE, new CreateSequence(now.withoutOwner()));
        if (now.owned()) {
          plan.add(Phase.ALTER_SEQUENCE, new AlterSequence(now, now.withoutOwner()));
        }
      } else if (!renamed(then).equals(now)) {
        SequenceDef before = renamed(then);
        if (then.owned() && (!Objects.equals(before.ownerTable(), now.ownerTable())
            || !Objects.equals(before.ownerColumn(), now.ownerColumn()))) {
          // under its old names: this runs before the renames, and its reverse after them
          before = then.withoutOwner();
          plan.add(Phase.CLEAR_SEQUENCE_OWNER, new AlterSequence(before, then));
        }
        if (!before.equals(now)) {
          plan.add(Phase.ALTER_SEQUENCE, new AlterSequence(now, before));
        }
      }
    }
    for (SequenceDef then : previous) {
      if (find(current, then.name()) == null) {
        if (then.owned()) {
          plan.add(Phase.CLEAR_SEQUENCE_OWNER, new AlterSequence(then.withoutOwner(), then));
        }
        plan.add(Phase.DROP_SEQUENCE, new DropSequence(then.name(), then.withoutOwner()));
      }
    }
  }

  /** {@code then} owned by its column under the names the renames give it. */
  private SequenceDef renamed(SequenceDef then) {
    if (!then.owned()) {
      return then;
    }
    return then.ownedBy(renames.table(then.ownerTable()),
        renames.column(then.ownerTable(), then.ownerColumn()));
  }

  private static SequenceDef find(List<SequenceDef> sequences, String name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }
}
