package io.tidemark.processor.model;

import io.tidemark.processor.diff.Renames;
import io.tidemark.snapshot.Schema;
import java.util.List;
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

  /**
   * Where a finding points: the {@code attribute} value of {@code annotation} (a simple name such
   * as {@code "Column"}) when written, else that annotation, else the element, which is the field
   * of {@code column} or, when {@code column} is null, the type of {@code table}. A column without
   * a field points at the type's {@code @Table}. Null when the model has no type for {@code table}.
   */
  public Place place(String table, String column, String annotation, String attribute) {
    Element field = column == null ? null : fields.getOrDefault(table, Map.of()).get(column);
    Element element = field != null ? field : types.get(table);
    if (element == null) {
      return null;
    }
    Map<String, List<Ann>> anns = Ann.all(element);
    Ann ann = column != null && field == null ? null
        : ColumnReader.first(anns, "io.tidemark.annotations." + annotation);
    if (ann == null && field == null) {
      ann = ColumnReader.first(anns, TableReader.TABLE);
      attribute = null;
    }
    if (ann == null) {
      return Place.of(element);
    }
    return attribute == null ? ann.place() : ann.place(attribute);
  }

  /** The field of {@code column} when known, else the type of {@code table}, else null. */
  public Element elementOf(String table, String column) {
    Element field = column == null ? null : fields.getOrDefault(table, Map.of()).get(column);
    return field != null ? field : types.get(table);
  }
}
