package io.tidemark.processor.diff;

import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.AddDimension;
import io.tidemark.ddl.AddReorderPolicy;
import io.tidemark.ddl.AddRetentionPolicy;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.ConvertToPlainTable;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.RemoveCompressionPolicy;
import io.tidemark.ddl.RemoveReorderPolicy;
import io.tidemark.ddl.RemoveRetentionPolicy;
import io.tidemark.ddl.SetChunkTimeInterval;
import io.tidemark.dialect.AutomaticIndex;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
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
   * Whether {@code index} is the one TimescaleDB creates by itself on a hypertable: named
   * {@code <table>_<time>_idx} on {@code (time DESC)}, or {@code <table>_<partition>_<time>_idx}
   * on {@code (partition, time DESC)}, a plain b-tree. Declaring it must neither duplicate it
   * nor, when the declaration goes, drop it. The name alone never decides: an index of that
   * name with another definition is the user's own (the model reader refuses the clash, TM019).
   */
  static boolean isAutomaticIndex(TableNode table, IndexDef index) {
    if (table.hypertable() == null) {
      return false;
    }
    return AutomaticIndex.is(table.name(), table.hypertable().dimensions(), index);
  }

  /** Compression and policies of a hypertable that has just been created or converted. */
  void addSettings(String table, TimescaleNode hypertable) {
    if (hypertable == null) {
      return;
    }
    CompressionDef compression = hypertable.compression();
    if (compression != null) {
      plan.add(Phase.TIMESCALE_SETTINGS, new EnableCompression(table, compression));
      if (hypertable.compressAfter() != null) {
        plan.add(Phase.ADD_POLICY, new AddCompressionPolicy(table, hypertable.compressAfter()));
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
  void removeSettings(String table, TimescaleNode hypertable) {
    if (hypertable == null) {
      return;
    }
    if (hypertable.reorderIndex() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveReorderPolicy(table, hypertable.reorderIndex()));
    }
    if (hypertable.dropAfter() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveRetentionPolicy(table, hypertable.dropAfter()));
    }
    CompressionDef compression = hypertable.compression();
    if (compression != null) {
      if (hypertable.compressAfter() != null) {
        plan.add(Phase.REMOVE_POLICY,
            new RemoveCompressionPolicy(table, hypertable.compressAfter()));
      }
      plan.add(Phase.DISABLE_COMPRESSION, new DisableCompression(table, compression));
    }
  }

  /** A dropped table stops being a hypertable first, so that the downgrade recreates one. */
  void dropped(String table, TimescaleNode hypertable) {
    if (hypertable != null) {
      plan.add(Phase.CONVERT_TO_PLAIN_TABLE,
          new ConvertToPlainTable(table, hypertable.dimensions()));
    }
  }

  /**
   * A table kept across the diff: {@code original} under its old names (for the teardown, which
   * runs before renames), {@code mapped} under the new ones (to compare), {@code current} as
   * declared. {@code rebuiltIndexes} names indexes dropped and re-created in this diff.
   */
  void kept(String old, String now, TimescaleNode original, TimescaleNode mapped,
      TimescaleNode current, Set<String> rebuiltIndexes) {
    if (mapped == null && current == null) {
      return;
    }
    if (mapped == null) {
      HypertableDef dimensions = current.dimensions();
      plan.add(Phase.CREATE_HYPERTABLE, new CreateHypertable(now, dimensions.migrateData()));
      addSettings(now, current);
      return;
    }
    if (current == null) {
      removeSettings(old, original);
      plan.add(Phase.CONVERT_TO_PLAIN_TABLE, convert(old, original));
      plan.report(DiffCode.CONVERT_TO_PLAIN_TABLE, now, null, "table " + now + " stops being a"
          + " hypertable: all its rows are copied into a new plain table under a lock");
      return;
    }
    HypertableDef was = mapped.dimensions();
    HypertableDef is = current.dimensions();
    if (!was.timeColumn().equals(is.timeColumn())
        || !Objects.equals(was.partitionColumn(), is.partitionColumn())
        || was.partitions() != is.partitions()) {
      removeSettings(old, original);
      plan.add(Phase.CONVERT_TO_PLAIN_TABLE, convert(old, original));
      plan.add(Phase.CREATE_HYPERTABLE, new CreateHypertable(now, is.migrateData()));
      addSettings(now, current);
      plan.report(DiffCode.CHANGE_DIMENSIONS, now, is.timeColumn(), "the dimensions of"
          + " hypertable " + now + " change, which TimescaleDB cannot alter: the table is converted"
          + " to a plain table and back, copying and rewriting all its rows");
      return;
    }
    dimensions(now, was.dimensions(), is.dimensions());
    if (!Objects.equals(was.chunkTimeInterval(), is.chunkTimeInterval())) {
      plan.add(Phase.TIMESCALE_SETTINGS,
          new SetChunkTimeInterval(now, is.chunkTimeInterval(), was));
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
    compression(old, now, original, mapped, current);
    if (retentionChanged && current.dropAfter() != null) {
      plan.add(Phase.ADD_POLICY, new AddRetentionPolicy(now, current.dropAfter()));
    }
    if (reorderChanged && current.reorderIndex() != null) {
      plan.add(Phase.ADD_POLICY, new AddReorderPolicy(now, current.reorderIndex()));
    }
  }

  /**
   * Dimensions appended to an existing hypertable are added (TimescaleDB allows it only while
   * the table is empty; lint TM215); any other change is refused (TM064), as TimescaleDB can
   * neither remove a dimension nor change one.
   */
  private void dimensions(String table, List<DimensionDef> was, List<DimensionDef> is) {
    if (was.equals(is)) {
      return;
    }
    if (is.size() > was.size() && is.subList(0, was.size()).equals(was)) {
      is.subList(was.size(), is.size())
          .forEach(d -> plan.add(Phase.CREATE_HYPERTABLE, new AddDimension(table, d)));
      return;
    }
    plan.report(DiffCode.DIMENSION_REMOVED, table, null, "the extra dimensions of hypertable "
        + table + " change from " + describe(was) + " to " + describe(is) + ", but TimescaleDB"
        + " can only add one, to an empty hypertable; keep the @Dimension as it was, or recreate"
        + " the table in a hand-written revision");
  }

  private static String describe(List<DimensionDef> dimensions) {
    return dimensions.isEmpty() ? "none" : dimensions.stream().map(d -> d.column()
        + (d.hashed() ? " by hash into " + d.partitions() : " by range of " + d.interval()))
        .toList().toString();
  }

  /** Compression of a kept hypertable; {@code original} is {@code mapped} under the old names. */
  private void compression(String old, String now, TimescaleNode original, TimescaleNode mapped,
      TimescaleNode current) {
    boolean settingsChanged = !Objects.equals(mapped.compression(), current.compression());
    boolean policyChanged = settingsChanged
        || !Objects.equals(mapped.compressAfter(), current.compressAfter());
    if (policyChanged && original.compressAfter() != null) {
      plan.add(Phase.REMOVE_POLICY, new RemoveCompressionPolicy(old, original.compressAfter()));
    }
    if (settingsChanged && original.compression() != null) {
      plan.add(Phase.DISABLE_COMPRESSION, new DisableCompression(old, original.compression()));
    }
    if (settingsChanged && current.compression() != null) {
      plan.add(Phase.TIMESCALE_SETTINGS, new EnableCompression(now, current.compression()));
    }
    if (policyChanged && current.compressAfter() != null) {
      plan.add(Phase.ADD_POLICY, new AddCompressionPolicy(now, current.compressAfter()));
    }
  }

  /** The conversion of a kept table, whose rows its reverse converts back. */
  private static ConvertToPlainTable convert(String table, TimescaleNode hypertable) {
    return new ConvertToPlainTable(table, hypertable.dimensions().migrateData());
  }
}
