package io.tidemark.processor.diff;

import io.tidemark.processor.ops.AddCompressionPolicy;
import io.tidemark.processor.ops.AddReorderPolicy;
import io.tidemark.processor.ops.AddRetentionPolicy;
import io.tidemark.processor.ops.ConvertToPlainTable;
import io.tidemark.processor.ops.CreateHypertable;
import io.tidemark.processor.ops.DisableCompression;
import io.tidemark.processor.ops.EnableCompression;
import io.tidemark.processor.ops.RemoveCompressionPolicy;
import io.tidemark.processor.ops.RemoveReorderPolicy;
import io.tidemark.processor.ops.RemoveRetentionPolicy;
import io.tidemark.processor.ops.SetChunkTimeInterval;
import io.tidemark.processor.snapshot.CompressionNode;
import io.tidemark.processor.snapshot.HypertableNode;
import io.tidemark.processor.snapshot.IndexNode;
import io.tidemark.processor.snapshot.TableNode;
import java.util.Objects;
import java.util.Set;

/**
 * Decides the TimescaleDB ops of one table. Dimensions cannot be altered in place, compression
 * settings only by disabling and re-enabling, and a policy only by removing and re-adding it;
 * policies are removed before the settings they use change and added after.
 */
final class HypertableDiffer {
  private final Plan plan;

  HypertableDiffer(Plan plan) {
    this.plan = plan;
  }

  /**
   * Whether {@code index} is the one TimescaleDB creates by itself on a hypertable
   * ({@code <table>_<time>_idx}, or {@code <table>_<partition>_<time>_idx}): declaring it must
   * neither duplicate it nor, when the declaration goes, drop it.
   */
  static boolean isAutomaticIndex(TableNode table, IndexNode index) {
    HypertableNode hypertable = table.hypertable();
    if (hypertable == null) {
      return false;
    }
    String time = hypertable.timeColumn();
    return index.name().equals(table.name() + "_" + time + "_idx")
        || hypertable.partitionColumn() != null
            && index.name().equals(table.name() + "_" + hypertable.partitionColumn() + "_" + time + "_idx");
  }

  /** Compression and policies of a hypertable that has just been created or converted. */
  void addSettings(String table, HypertableNode hypertable) {
    if (hypertable == null) {
      return;
    }
    CompressionNode compression = hypertable.compression();
    if (compression != null) {
      plan.add(Phase.TIMESCALE_SETTINGS, new EnableCompression(table, compression));
      if (compression.after() != null) {
        plan.add(Phase.ADD_POLICY, new AddCompressionPolicy(table, compression.after()));
      }
    }
    if (hypertable.dropAfter() != null) {
      plan.add(Phase.ADD_POLICY, new AddRetentionPolicy(table, hypertable.dropAfter()));
    }
    if (hypertable.reorderIndex() != null) {
      plan.add(Phase.ADD_POLICY, new AddReorderPolicy(table, hypertable.reorderIndex()));
    }
  }

  /** The reverse of {@link #addSettings}, in reverse order. */
  void removeSettings(String table, HypertableNode hypertable) {
    if (hypertable == null) {
      return;
    }
    if (hypertable.reorderIndex() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveReorderPolicy(table, hypertable.reorderIndex()));
    }
    if (hypertable.dropAfter() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveRetentionPolicy(table, hypertable.dropAfter()));
    }
    CompressionNode compression = hypertable.compression();
    if (compression != null) {
      if (compression.after() != null) {
        plan.add(Phase.REMOVE_POLICY, new RemoveCompressionPolicy(table, compression.after()));
      }
      plan.add(Phase.DISABLE_COMPRESSION, new DisableCompression(table, compression));
    }
  }

  /** A dropped table stops being a hypertable first, so that the downgrade recreates one. */
  void dropped(String table, HypertableNode hypertable) {
    if (hypertable != null) {
      plan.add(Phase.CONVERT_TO_PLAIN_TABLE, new ConvertToPlainTable(table, hypertable, false));
    }
  }

  /**
   * A table kept across the diff: {@code original} under its old names (for the teardown, which
   * runs before renames), {@code mapped} under the new ones (to compare), {@code current} as
   * declared. {@code rebuiltIndexes} names indexes dropped and re-created in this diff.
   */
  void kept(String old, String now, HypertableNode original, HypertableNode mapped,
      HypertableNode current, Set<String> rebuiltIndexes) {
    if (mapped == null && current == null) {
      return;
    }
    if (mapped == null) {
      plan.add(Phase.CREATE_HYPERTABLE, new CreateHypertable(now, current, true));
      plan.report(DiffCode.CONVERT_TO_HYPERTABLE, now, current.timeColumn(), "table " + now
          + " becomes a hypertable: converting its existing rows (migrate_data) locks and rewrites"
          + " the table; run this revision in a maintenance window on large tables");
      addSettings(now, current);
      return;
    }
    if (current == null) {
      removeSettings(old, original);
      plan.add(Phase.CONVERT_TO_PLAIN_TABLE, new ConvertToPlainTable(old, original, true));
      plan.report(DiffCode.CONVERT_TO_PLAIN_TABLE, now, null, "table " + now + " stops being a"
          + " hypertable: all its rows are copied into a new plain table under a lock");
      return;
    }
    if (!mapped.timeColumn().equals(current.timeColumn())
        || !Objects.equals(mapped.partitionColumn(), current.partitionColumn())
        || mapped.partitions() != current.partitions()) {
      removeSettings(old, original);
      plan.add(Phase.CONVERT_TO_PLAIN_TABLE, new ConvertToPlainTable(old, original, true));
      plan.add(Phase.CREATE_HYPERTABLE, new CreateHypertable(now, current, true));
      addSettings(now, current);
      plan.report(DiffCode.CHANGE_DIMENSIONS, now, current.timeColumn(), "the dimensions of"
          + " hypertable " + now + " change, which TimescaleDB cannot alter: the table is converted"
          + " to a plain table and back, copying and rewriting all its rows");
      return;
    }
    if (!Objects.equals(mapped.chunkTimeInterval(), current.chunkTimeInterval())) {
      plan.add(Phase.TIMESCALE_SETTINGS,
          new SetChunkTimeInterval(now, mapped.chunkTimeInterval(), current.chunkTimeInterval()));
    }
    boolean reorderChanged = !Objects.equals(mapped.reorderIndex(), current.reorderIndex())
        || current.reorderIndex() != null && rebuiltIndexes.contains(current.reorderIndex());
    if (reorderChanged && original.reorderIndex() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveReorderPolicy(old, original.reorderIndex()));
    }
    boolean retentionChanged = !Objects.equals(mapped.dropAfter(), current.dropAfter());
    if (retentionChanged && original.dropAfter() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveRetentionPolicy(old, original.dropAfter()));
    }
    compression(old, now, original.compression(), mapped.compression(), current.compression());
    if (retentionChanged && current.dropAfter() != null) {
      plan.add(Phase.ADD_POLICY, new AddRetentionPolicy(now, current.dropAfter()));
    }
    if (reorderChanged && current.reorderIndex() != null) {
      plan.add(Phase.ADD_POLICY, new AddReorderPolicy(now, current.reorderIndex()));
    }
  }

  private void compression(String old, String now, CompressionNode original, CompressionNode mapped,
      CompressionNode current) {
    boolean settingsChanged = mapped == null ? current != null : current == null
        || !mapped.segmentBy().equals(current.segmentBy())
        || !mapped.orderBy().equals(current.orderBy());
    boolean policyChanged = settingsChanged
        || !Objects.equals(mapped == null ? null : mapped.after(), current == null ? null : current.after());
    if (policyChanged && original != null && original.after() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveCompressionPolicy(old, original.after()));
    }
    if (settingsChanged && original != null) {
      plan.add(Phase.DISABLE_COMPRESSION, new DisableCompression(old, original));
    }
    if (settingsChanged && current != null) {
      plan.add(Phase.TIMESCALE_SETTINGS, new EnableCompression(now, current));
    }
    if (policyChanged && current != null && current.after() != null) {
      plan.add(Phase.ADD_POLICY, new AddCompressionPolicy(now, current.after()));
    }
  }
}
