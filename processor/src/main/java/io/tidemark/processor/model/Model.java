package io.tidemark.processor.model;

import io.tidemark.processor.diff.Renames;
import io.tidemark.snapshot.Schema;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The schema read from the entities, the renames they declare, and where each table (by
 * qualified name) and column was declared, so diff findings land on the right element.
 */
public record Model(
    Schema schema,
    Renames renames,
    Map<String, TypeElement> types,
    Map<String, Map<String, Element>> fields) {
  public Model {
    types = Map.copyOf(types);
    fields = Map.copyOf(fields);
  }

  /** The field of {@code column} when known, else the type of {@code table}, else null. */
  public Element elementOf(String table, String column) {
    Element field = column == null ? null : fields.getOrDefault(table, Map.of()).get(column);
    return field != null ? field : types.get(table);
  }
}
