package io.tidemark.importer;

import static io.tidemark.importer.EntityWriter.annotation;

import com.palantir.javapoet.AnnotationSpec;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.TimescaleNode;

/**
 * The TimescaleDB annotations of an imported entity: {@code @Hypertable} with its
 * {@code @Dimension}s, {@code @Compression} and policies, {@code @ContinuousAggregate} with its {@code @Refresh}.
 * Settings that are absent stay out of the annotation, as the processor reads them absent.
 */
final class TimescaleAnnotations {
  private TimescaleAnnotations() {}

  static AnnotationSpec hypertable(TimescaleNode node) {
    HypertableDef dimensions = node.dimensions();
    AnnotationSpec.Builder a = annotation("Hypertable")
        .addMember("timeColumn", "$S", dimensions.timeColumn());
    string(a, "chunkTimeInterval", dimensions.chunkTimeInterval());
    if (dimensions.partitionColumn() != null) {
      a.addMember("partitionColumn", "$S", unquote(dimensions.partitionColumn()))
          .addMember("partitions", "$L", dimensions.partitions());
    }
    for (DimensionDef dimension : dimensions.dimensions()) {
      AnnotationSpec.Builder d = annotation("Dimension")
          .addMember("column", "$S", unquote(dimension.column()));
      if (dimension.hashed()) {
        d.addMember("partitions", "$L", dimension.partitions());
      } else {
        d.addMember("interval", "$S", dimension.interval());
      }
      a.addMember("dimensions", "$L", d.build());
    }
    CompressionDef compression = node.compression();
    if (compression != null) {
      AnnotationSpec.Builder c = annotation("Compression");
      compression.segmentBy().forEach(s -> c.addMember("segmentBy", "$S", unquote(s)));
      compression.orderBy().forEach(o -> c.addMember("orderBy", "$S", o));
      string(c, "after", node.compressAfter());
      a.addMember("compression", "$L", c.build());
    }
    string(a, "dropAfter", node.dropAfter());
    string(a, "reorderIndex", node.reorderIndex());
    return a.build();
  }

  /** {@code @ContinuousAggregate}; {@code nameDerived}: the class name gives the view name. */
  static AnnotationSpec aggregate(AggregateNode aggregate, boolean nameDerived) {
    AnnotationSpec.Builder a = annotation("ContinuousAggregate");
    if (!nameDerived) {
      a.addMember("name", "$S", aggregate.name());
    }
    if (!aggregate.schema().isEmpty()) {
      a.addMember("schema", "$S", aggregate.schema());
    }
    a.addMember("query", "$S", aggregate.query());
    if (!aggregate.materializedOnly()) {
      a.addMember("materializedOnly", "false");
    }
    RefreshDef refresh = aggregate.refresh();
    if (refresh != null) {
      AnnotationSpec.Builder r = annotation("Refresh");
      string(r, "startOffset", refresh.startOffset());
      string(r, "endOffset", refresh.endOffset());
      string(r, "scheduleInterval", refresh.scheduleInterval());
      a.addMember("refresh", "$L", r.build());
    }
    return a.build();
  }

  private static void string(AnnotationSpec.Builder a, String name, String value) {
    if (value != null && !value.isEmpty()) {
      a.addMember(name, "$S", value);
    }
  }

  /** A column name as the annotation takes it: without the quotes the catalog gave it. */
  private static String unquote(String name) {
    return name.startsWith("\"") && name.endsWith("\"") && name.length() > 1
        ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
  }
}
