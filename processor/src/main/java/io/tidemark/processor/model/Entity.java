package io.tidemark.processor.model;

import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One entity as read from its type, before the cross-entity steps (foreign keys, renames).
 * Exactly one of {@code table} and {@code aggregate} is set; {@code declaration} is its
 * {@code @Table} or {@code @ContinuousAggregate}; {@code renamedFrom} may be {@code null}.
 */
record Entity(
    TypeElement element,
    Ann declaration,
    TableNode table,
    AggregateNode aggregate,
    Ann renamedFrom,
    List<FieldColumn> fields) {

  String qualifiedName() {
    return table != null ? table.qualifiedName() : aggregate.qualifiedName();
  }

  String schema() {
    return table != null ? table.schema() : aggregate.schema();
  }
}
