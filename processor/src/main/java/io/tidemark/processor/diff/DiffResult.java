package io.tidemark.processor.diff;

import io.tidemark.processor.ops.Op;
import java.util.List;

/** What changed between two snapshots: upgrade ops, their downgrade, and findings to report. */
public record DiffResult(List<Op> upgrade, List<Op> downgrade, List<Finding> findings) {
  public DiffResult {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    findings = List.copyOf(findings);
  }

  public boolean isEmpty() {
    return upgrade.isEmpty();
  }
}
