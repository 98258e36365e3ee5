package io.tidemark.ddl;

import java.util.List;

/**
 * Compression settings of a hypertable: segmentby columns, and orderby entries in
 * index-column syntax ({@code "ts DESC"}).
 */
public record CompressionDef(List<String> segmentBy, List<String> orderBy) {
  public CompressionDef {
    segmentBy = List.copyOf(segmentBy);
    orderBy = List.copyOf(orderBy);
  }

  public CompressionDef segmentBy(String... columns) {
    return new CompressionDef(List.of(columns), orderBy);
  }

  public CompressionDef orderBy(String... columns) {
    return new CompressionDef(segmentBy, List.of(columns));
  }
}
