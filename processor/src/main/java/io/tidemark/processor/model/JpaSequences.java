package io.tidemark.processor.model;

import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import io.tidemark.dialect.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The sequence Hibernate 6/7 draws a {@code @GeneratedValue(strategy = SEQUENCE)} (or
 * {@code AUTO}) key from: the {@code @SequenceGenerator} the generator names, on the field or the
 * entity, else one named after the generator, else {@code <entity name>_SEQ}; start 1 and
 * increment 50 unless the generator says otherwise, all names through Spring Boot's naming.
 */
final class JpaSequences {
  /** Hibernate's and JPA's defaults for a sequence generator. */
  private static final int INITIAL_VALUE = 1;
  private static final int ALLOCATION_SIZE = 50;

  private JpaSequences() {}

  /** The sequence of {@code generated} on {@code field} of the entity {@code entity}. */
  static SequenceDef of(Element field, Map<String, List<Ann>> anns, Ann generated,
      TypeElement entity) {
    String generator = generated.string("generator");
    List<Ann> candidates = new ArrayList<>(ColumnReader.all(anns, Ann.JPA + "SequenceGenerator"));
    if (entity != null && !generator.isEmpty()) {
      candidates.addAll(ColumnReader.all(Ann.all(entity), Ann.JPA + "SequenceGenerator"));
    }
    Ann found = candidates.stream().filter(c -> generator.isEmpty()
        ? c.element().equals(field) : c.string("name").equals(generator)).findFirst().orElse(null);
    String logical = found != null && !found.string("sequenceName").isEmpty()
        ? found.string("sequenceName") : !generator.isEmpty() ? generator
        : entityName(entity) + "_SEQ";
    String schema = found == null || found.string("schema").isEmpty() ? ""
        : Naming.physical(found.string("schema")) + ".";
    SequenceOptions options = SequenceOptions.DEFAULTS
        .start(found == null ? INITIAL_VALUE : found.integer("initialValue"))
        .increment(found == null ? ALLOCATION_SIZE : found.integer("allocationSize"));
    return new SequenceDef(schema + Naming.physical(logical), options.canonical("bigint"),
        null, null);
  }

  /** The JPA entity name: {@code @Entity(name)}, else the simple class name. */
  static String entityName(TypeElement entity) {
    Ann declared = ColumnReader.first(Ann.all(entity), JpaReader.ENTITY);
    return declared != null && !declared.string("name").isEmpty() ? declared.string("name")
        : entity.getSimpleName().toString();
  }
}
