package io.tidemark.processor.render;

import com.palantir.javapoet.CodeBlock;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.EnumColumn;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import io.tidemark.ddl.UniqueDef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders definitions as calls of the runtime's {@code io.tidemark.Ddl} factories
 * ({@code column("email", "text").notNull()}) and remembers which factories were used, so the
 * revision imports exactly those statically.
 */
final class DdlFactories {
  private final Set<String> used = new TreeSet<>();

  /** The factory names used so far, sorted. */
  Set<String> used() {
    return used;
  }

  private CodeBlock.Builder call(String factory, String name, List<String> arguments) {
    used.add(factory);
    CodeBlock.Builder code = CodeBlock.builder().add("$L($S", factory, name);
    arguments.forEach(a -> code.add(", $S", a));
    return code.add(")");
  }

  CodeBlock column(ColumnDef column) {
    CodeBlock.Builder code = call("column", column.name(), List.of(column.type()));
    if (!column.nullable() && column.identity() == null) {
      code.add("$Z.notNull()"); // an identity column is NOT NULL anyway
    }
    if (column.defaultValue() != null) {
      code.add("$Z.defaultValue($S)", column.defaultValue());
    }
    if (column.identity() != null) {
      code.add("$Z.identity($L)", identity(column.identity()));
    }
    if (column.generatedAs() != null) {
      code.add("$Z.generatedAs($S)", column.generatedAs());
    }
    return code.build();
  }

  /** {@code byDefault().start(100L).cycle()}: the generation, then each option set. */
  CodeBlock identity(IdentityDef identity) {
    String factory = identity.always() ? "generatedAlways" : "byDefault";
    used.add(factory);
    return options(CodeBlock.builder().add("$L()", factory), identity.options()).build();
  }

  /** {@code sequence("order_no").start(1000L).ownedBy("orders", "number")}. */
  CodeBlock sequence(SequenceDef sequence) {
    used.add("sequence");
    CodeBlock.Builder code =
        options(CodeBlock.builder().add("sequence($S)", sequence.name()), sequence.options());
    if (sequence.owned()) {
      code.add(".ownedBy($S, $S)", sequence.ownerTable(), sequence.ownerColumn());
    }
    return code.build();
  }

  private static CodeBlock.Builder options(CodeBlock.Builder code, SequenceOptions options) {
    option(code, "start", options.start());
    option(code, "increment", options.increment());
    option(code, "minValue", options.minValue());
    option(code, "maxValue", options.maxValue());
    option(code, "cache", options.cache());
    return options.cycles() ? code.add(".cycle()") : code;
  }

  private static void option(CodeBlock.Builder code, String name, Long value) {
    if (value != null) {
      code.add(".$L($LL)", name, value);
    }
  }

  /**
   * A primary key, unique, check or foreign key constraint, with {@code .usingIndex(...)} when
   * it takes over an index and {@code .notValid()} when added without validation.
   */
  CodeBlock constraint(Constraint constraint) {
    if (constraint instanceof PrimaryKeyDef key) {
      return usingIndex(call("primaryKey", key.name(), key.columns()), key.index());
    }
    if (constraint instanceof UniqueDef unique) {
      CodeBlock.Builder code = call("unique", unique.name(), unique.columns());
      return usingIndex(unique.equalNulls() ? code.add("$Z.nullsNotDistinct()") : code,
          unique.index());
    }
    if (constraint instanceof CheckDef check) {
      return notValid(call("check", check.name(), List.of(check.expression())), check.validated());
    }
    ForeignKeyDef key = (ForeignKeyDef) constraint;
    return notValid(foreignKey(key), key.validated());
  }

  private static CodeBlock usingIndex(CodeBlock.Builder code, String index) {
    return (index == null ? code : code.add("$Z.usingIndex($S)", index)).build();
  }

  private static CodeBlock notValid(CodeBlock.Builder code, boolean validated) {
    return (validated ? code : code.add("$Z.notValid()")).build();
  }

  private CodeBlock.Builder foreignKey(ForeignKeyDef key) {
    CodeBlock.Builder code = call("foreignKey", key.name(), key.columns());
    code.add("$Z.references($S", key.refTable());
    key.refColumns().forEach(c -> code.add(", $S", c));
    code.add(")");
    if (key.onDelete() != null) {
      code.add("$Z.onDelete($S)", key.onDelete());
    }
    if (key.onUpdate() != null) {
      code.add("$Z.onUpdate($S)", key.onUpdate());
    }
    if (key.deferrable()) {
      code.add("$Z.deferrable($L)", key.initiallyDeferred());
    }
    return code;
  }

  CodeBlock index(IndexDef index) {
    CodeBlock.Builder code = call("index", index.name(), index.columns());
    if (index.uniqueIndex()) {
      code.add("$Z.unique()");
    }
    if (index.equalNulls()) {
      code.add("$Z.nullsNotDistinct()");
    }
    if (index.where() != null) {
      code.add("$Z.where($S)", index.where());
    }
    if (index.using() != null) {
      code.add("$Z.using($S)", index.using());
    }
    if (!index.include().isEmpty()) {
      code.add("$Z.include(").add(strings(index.include())).add(")");
    }
    if (index.concurrent()) {
      code.add("$Z.concurrently()");
    }
    if (index.perChunk()) {
      code.add("$Z.transactionPerChunk()");
    }
    return code.build();
  }

  CodeBlock hypertable(HypertableDef hypertable) {
    used.add("hypertable");
    CodeBlock.Builder code = CodeBlock.builder().add("hypertable($S)", hypertable.timeColumn());
    if (present(hypertable.chunkTimeInterval())) {
      code.add("$Z.chunkTimeInterval($S)", hypertable.chunkTimeInterval());
    }
    if (present(hypertable.partitionColumn())) {
      code.add("$Z.partitionBy($S, $L)", hypertable.partitionColumn(), hypertable.partitions());
    }
    hypertable.dimensions().forEach(d -> code.add("$Z.dimension($L)", dimension(d)));
    if (hypertable.migrate()) {
      code.add("$Z.migrateData()");
    }
    return code.build();
  }

  /** {@code byHash("device", 4)} or {@code byRange("site", "1000")}. */
  CodeBlock dimension(DimensionDef dimension) {
    String factory = dimension.hashed() ? "byHash" : "byRange";
    used.add(factory);
    return dimension.hashed()
        ? CodeBlock.of("byHash($S, $L)", dimension.column(), dimension.partitions())
        : CodeBlock.of("byRange($S, $S)", dimension.column(), dimension.interval());
  }

  CodeBlock compression(CompressionDef compression) {
    used.add("compression");
    CodeBlock.Builder code = CodeBlock.builder().add("compression()");
    if (!compression.segmentBy().isEmpty()) {
      code.add("$Z.segmentBy(").add(strings(compression.segmentBy())).add(")");
    }
    if (!compression.orderBy().isEmpty()) {
      code.add("$Z.orderBy(").add(strings(compression.orderBy())).add(")");
    }
    return code.build();
  }

  /** {@code enumColumn("orders", "status", "'NEW'::order_status")}, the default may be null. */
  CodeBlock enumColumn(EnumColumn column) {
    used.add("enumColumn");
    return CodeBlock.of("enumColumn($S, $S, $S)", column.table(), column.column(),
        column.defaultValue());
  }

  static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
