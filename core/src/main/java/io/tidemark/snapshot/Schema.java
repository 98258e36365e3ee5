package io.tidemark.snapshot;

import io.tidemark.ddl.SequenceDef;
import java.util.Comparator;
import java.util.List;

/**
 * The whole schema at one revision: tables, continuous aggregates, enum types, views and
 * standalone sequences, each sorted by qualified name so that equal schemas are equal records and
 * serialize to equal bytes.
 */
public record Schema(List<TableNode> tables, List<AggregateNode> aggregates,
    List<EnumNode> enums, List<ViewNode> views, List<SequenceDef> sequences) {
  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    tables = tables.stream().sorted(Comparator.comparing(TableNode::qualifiedName)).toList();
    aggregates =
        aggregates.stream().sorted(Comparator.comparing(AggregateNode::qualifiedName)).toList();
    enums = enums.stream().sorted(Comparator.comparing(EnumNode::qualifiedName)).toList();
    views = views.stream().sorted(Comparator.comparing(ViewNode::qualifiedName)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(SequenceDef::name)).toList();
  }

  /** A schema without standalone sequences. */
  public Schema(List<TableNode> tables, List<AggregateNode> aggregates, List<EnumNode> enums,
      List<ViewNode> views) {
    this(tables, aggregates, enums, views, List.of());
  }

  /** A schema without views. */
  public Schema(List<TableNode> tables, List<AggregateNode> aggregates, List<EnumNode> enums) {
    this(tables, aggregates, enums, List.of());
  }

  /** A schema without enum types and views. */
  public Schema(List<TableNode> tables, List<AggregateNode> aggregates) {
    this(tables, aggregates, List.of(), List.of());
  }

  /** This schema with other tables, its aggregates, enum types, views and sequences kept. */
  public Schema withTables(List<TableNode> tables) {
    return new Schema(tables, aggregates, enums, views, sequences);
  }
}
