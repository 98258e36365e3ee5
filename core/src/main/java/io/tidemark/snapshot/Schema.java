package io.tidemark.snapshot;

import java.util.Comparator;
import java.util.List;

/**
 * The whole schema at one revision: tables and continuous aggregates, each sorted by
 * qualified name so that equal schemas are equal records and serialize to equal bytes.
 */
public record Schema(List<TableNode> tables, List<AggregateNode> aggregates) {
  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = tables.stream().sorted(Comparator.comparing(TableNode::qualifiedName)).toList();
    aggregates =
        aggregates.stream().sorted(Comparator.comparing(AggregateNode::qualifiedName)).toList();
  }
}
