package io.tidemark.processor.diff;

import io.tidemark.ddl.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects upgrade ops by {@link Phase} and the findings of one diff. */
final class Plan {
  private final Map<Phase, List<Operation>> ops = new EnumMap<>(Phase.class);
  private final List<Finding> findings = new ArrayList<>();

  void add(Phase phase, Operation op) {
    ops.computeIfAbsent(phase, p -> new ArrayList<>()).add(op);
  }

  void report(DiffCode code, String table, String column, String message) {
    findings.add(code.finding(table, column, message));
  }

  /**
   * The ops in phase order; within a phase sorted by subject, keeping the order in which ops
   * of one subject were added (the sort is stable).
   */
  List<Operation> ops() {
    List<Operation> all = new ArrayList<>();
    for (List<Operation> phase : ops.values()) {
      phase.sort(Comparator.comparing(Operation::subject));
      all.addAll(phase);
    }
    return all;
  }

  List<Finding> findings() {
    return findings;
  }
}
