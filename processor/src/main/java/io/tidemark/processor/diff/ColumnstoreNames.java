package io.tidemark.processor.diff;

import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RemoveCompressionPolicy;
import java.util.List;

/**
 * Switches a diff's compression ops to the columnstore names of TimescaleDB 2.18+
 * ({@code -Atidemark.timescale.api=columnstore}), op for op, so the choice is made at compile
 * time and a revision's SQL and checksum never depend on the server it later runs on.
 */
public final class ColumnstoreNames {
  private ColumnstoreNames() {}

  public static DiffResult apply(DiffResult diff) {
    return new DiffResult(apply(diff.upgrade()), apply(diff.downgrade()), diff.findings());
  }

  private static List<Operation> apply(List<Operation> ops) {
    return ops.stream().map(ColumnstoreNames::apply).toList();
  }

  private static Operation apply(Operation op) {
    if (op instanceof EnableCompression e) {
      return new EnableCompression(e.table(), e.compression(), e.aggregate(), true);
    }
    if (op instanceof DisableCompression d) {
      return new DisableCompression(d.table(), d.existing(), d.aggregate(), true);
    }
    if (op instanceof AddCompressionPolicy a) {
      return new AddCompressionPolicy(a.table(), a.compressAfter(), true);
    }
    if (op instanceof RemoveCompressionPolicy r) {
      return new RemoveCompressionPolicy(r.table(), r.compressAfter(), true);
    }
    return op;
  }
}
