package io.tidemark.processor.diff;

import io.tidemark.ddl.NoChange;
import io.tidemark.ddl.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects upgrade ops by {@link Phase} and the findings of one diff, and derives the downgrade:
 * the reverses in reverse order, leaving out what a reverse would undo twice or not at all.
 */
final class Plan {
  /**
   * An upgrade op, whether the downgrade needs its reverse, and its rank within its phase
   * (views and aggregates by dependency depth; 0 for everything else).
   */
  private record Step(Operation op, boolean reversed, int rank) {}

  private final Map<Phase, List<Step>> steps = new EnumMap<>(Phase.class);
  private final List<Finding> findings = new ArrayList<>();

  void add(Phase phase, Operation op) {
    add(phase, 0, op);
  }

  /** Adds an op that runs after the ops of lower rank in its phase. */
  void add(Phase phase, int rank, Operation op) {
    steps.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Step(op, true, rank));
  }

  /**
   * Adds an op whose effect another op undoes, so the downgrade leaves its reverse out: a check
   * that the same upgrade adds and drops again, an index that a constraint takes over (dropping
   * the constraint drops it).
   */
  void addUndoneElsewhere(Phase phase, Operation op) {
    steps.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Step(op, false, 0));
  }

  void report(DiffCode code, String table, String column, String message) {
    findings.add(code.finding(table, column, message));
  }

  /**
   * The ops in phase order; within a phase sorted by rank and subject, keeping the order in
   * which ops of one subject were added (the sort is stable).
   */
  List<Operation> ops() {
    return sorted().stream().map(Step::op).toList();
  }

  /** The reverses of {@link #ops()} in reverse order, without those that change nothing. */
  List<Operation> downgrade() {
    List<Step> upgrade = sorted();
    List<Operation> downgrade = new ArrayList<>(upgrade.size());
    for (int i = upgrade.size() - 1; i >= 0; i--) {
      Step step = upgrade.get(i);
      Operation reverse = step.reversed() ? step.op().reverse() : null;
      if (reverse != null && !(reverse instanceof NoChange)) {
        downgrade.add(reverse);
      }
    }
    return downgrade;
  }

  private List<Step> sorted() {
    List<Step> all = new ArrayList<>();
    for (List<Step> phase : steps.values()) {
      phase.sort(Comparator.comparingInt(Step::rank).thenComparing(step -> step.op().subject()));
      all.addAll(phase);
    }
    return all;
  }

  List<Finding> findings() {
    return findings;
  }
}
