package io.tidemark.processor.model;

import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One entity as read from its type, before the cross-entity steps (foreign keys, renames).
 * Exactly one of {@code table}, {@code aggregate} and {@code view} is set; {@code declaration}
 * is its {@code @Table}, {@code @ContinuousAggregate}, {@code @View} or {@code @MaterializedView};
 * {@code renamedFrom} may be {@code null}.
 */
record Entity(
    TypeElement element,
    Ann declaration,
    TableNode table,
    AggregateNode aggregate,
    Ann renamedFrom,
    List<FieldColumn> fields,
    ViewNode view) {

  /** A table or continuous aggregate. */
  Entity(TypeElement element, Ann declaration, TableNode table, AggregateNode aggregate,
      Ann renamedFrom, List<FieldColumn> fields) {
    this(element, declaration, table, aggregate, renamedFrom, fields, null);
  }

  String qualifiedName() {
    return table != null ? table.qualifiedName()
        : aggregate != null ? aggregate.qualifiedName() : view.qualifiedName();
  }

  String schema() {
    return table != null ? table.schema() : aggregate != null ? aggregate.schema() : view.schema();
  }
}
