package io.tidemark.processor.render;

import com.palantir.javapoet.CodeBlock;
import io.tidemark.processor.snapshot.CheckNode;
import io.tidemark.processor.snapshot.ColumnNode;
import io.tidemark.processor.snapshot.CompressionNode;
import io.tidemark.processor.snapshot.ForeignKeyNode;
import io.tidemark.processor.snapshot.HypertableNode;
import io.tidemark.processor.snapshot.IndexNode;
import io.tidemark.processor.snapshot.PrimaryKeyNode;
import io.tidemark.processor.snapshot.UniqueNode;
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

  CodeBlock column(ColumnNode column) {
    CodeBlock.Builder code = call("column", column.name(), List.of(column.type()));
    if (!column.nullable()) {
      code.add("$Z.notNull()");
    }
    if (column.defaultValue() != null) {
      code.add("$Z.defaultValue($S)", column.defaultValue());
    }
    return code.build();
  }

  CodeBlock primaryKey(PrimaryKeyNode key) {
    return call("primaryKey", key.name(), key.columns()).build();
  }

  CodeBlock unique(UniqueNode unique) {
    return call("unique", unique.name(), unique.columns()).build();
  }

  CodeBlock check(CheckNode check) {
    return call("check", check.name(), List.of(check.expression())).build();
  }

  CodeBlock foreignKey(ForeignKeyNode key) {
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
    return code.build();
  }

  CodeBlock index(IndexNode index) {
    CodeBlock.Builder code = call("index", index.name(), index.columns());
    if (index.unique()) {
      code.add("$Z.unique()");
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
    return code.build();
  }

  CodeBlock hypertable(HypertableNode hypertable, boolean migrateData) {
    used.add("hypertable");
    CodeBlock.Builder code = CodeBlock.builder().add("hypertable($S)", hypertable.timeColumn());
    if (present(hypertable.chunkTimeInterval())) {
      code.add("$Z.chunkTimeInterval($S)", hypertable.chunkTimeInterval());
    }
    if (present(hypertable.partitionColumn())) {
      code.add("$Z.partitionBy($S, $L)", hypertable.partitionColumn(), hypertable.partitions());
    }
    if (migrateData) {
      code.add("$Z.migrateData()");
    }
    return code.build();
  }

  CodeBlock compression(CompressionNode compression) {
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

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
