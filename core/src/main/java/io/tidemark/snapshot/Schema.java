package io.tidemark.snapshot;

import java.util.Comparator;
import java.util.List;

/**
 * The whole schema at one revision: tables, continuous aggregates and enum types, each sorted
 * by qualified name so that equal schemas are equal records and serialize to equal bytes.
 */
public record Schema(List<TableNode> tables, List<AggregateNode> aggregates,
    List<EnumNode> enums) {
  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = tables.stream().sorted(Comparator.comparing(TableNode::qualifiedName)).toList();
    aggregates =
        aggregates.stream().sorted(Comparator.comparing(AggregateNode::qualifiedName)).toList();
    enums = enums.stream().sorted(Comparator.comparing(EnumNode::qualifiedName)).toList();
  }

  /** A schema without enum types. */
  public Schema(List<TableNode> tables, List<AggregateNode> aggregates) {
    this(tables, aggregates, List.of());
  }

  /** This schema with other tables, its aggregates and enum types kept. */
  public Schema withTables(List<TableNode> tables) {
    return new Schema(tables, aggregates, enums);
  }
}
