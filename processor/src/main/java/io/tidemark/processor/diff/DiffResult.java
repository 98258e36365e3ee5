package io.tidemark.processor.diff;

import io.tidemark.ddl.Operation;
import java.util.List;

/** What changed between two snapshots: upgrade ops, their downgrade, and findings to report. */
public record DiffResult(
    List<Operation> upgrade, List<Operation> downgrade, List<Finding> findings) {
  public DiffResult {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    findings = List.copyOf(findings);
  }

  public boolean isEmpty() {
    return upgrade.isEmpty();
  }
}
