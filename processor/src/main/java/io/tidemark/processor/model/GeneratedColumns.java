package io.tidemark.processor.model;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.IdentityDef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Decides what PostgreSQL generates for a column: an identity from {@code @Id(generated)} or
 * {@code @Identity} (options spelled canonically, so the snapshot and the catalog agree), or a
 * stored expression from {@code @Column(generatedAs)}; reports misuse on the attribute at fault.
 */
final class GeneratedColumns {
  private static final String ID = "io.tidemark.annotations.Id";
  private static final String IDENTITY = "io.tidemark.annotations.Identity";
  private static final Set<String> INTEGRAL = Set.of("smallint", "integer", "bigint");
  private static final String NONE = "NONE";

  private final Reporter reporter;

  GeneratedColumns(Reporter reporter) {
    this.reporter = reporter;
  }

  /** {@code node} with its identity or expression, empty after an error. */
  Optional<ColumnDef> apply(Element field, Map<String, List<Ann>> anns, Ann column,
      ColumnDef node) {
    Ann id = ColumnReader.first(anns, ID);
    Ann identity = ColumnReader.first(anns, IDENTITY);
    String fromId = id == null ? NONE : id.constant("generated");
    String generatedAs = column == null || column.string("generatedAs").isEmpty() ? null
        : column.string("generatedAs");
    if (identity == null && fromId.equals(NONE)) {
      return generatedAs == null ? Optional.of(node)
          : withoutDefault(field, column, node, "generated", "generatedAs")
              .map(n -> n.generatedAs(generatedAs));
    }
    String name = field.getSimpleName().toString();
    Place place = identity != null ? identity.place() : id.place("generated");
    if (identity != null && !fromId.equals(NONE)
        && !fromId.equals(identity.constant("generated"))) {
      reporter.error(Code.TM035, field, "Field " + name + " has @Id(generated = " + fromId
          + ") and @Identity(generated = " + identity.constant("generated") + "); keep one, or"
          + " name the same generation in both.");
      return Optional.empty();
    }
    if (generatedAs != null) {
      reporter.error(Code.TM024, column.place("generatedAs"), "Field " + name + " is an identity"
          + " column and cannot also be generated from an expression; remove generatedAs or"
          + " the identity.");
      return Optional.empty();
    }
    if (!INTEGRAL.contains(node.type())) {
      reporter.error(Code.TM034, place, "Field " + name + " is an identity column of type "
          + node.type() + "; an identity needs smallint, integer or bigint: make the field a"
          + " short, int or long.");
      return Optional.empty();
    }
    boolean always = (identity != null ? identity.constant("generated") : fromId).equals("ALWAYS");
    IdentityDef generation = identity == null
        ? new IdentityDef(always, null, null, null, null, null, false)
        : options(name, identity, always, node.type());
    if (generation == null) {
      return Optional.empty();
    }
    return withoutDefault(field, column, node, "identity", null)
        .map(n -> n.identity(generation.canonical(node.type())));
  }

  private Optional<ColumnDef> withoutDefault(Element field, Ann column, ColumnDef node,
      String kind, String attribute) {
    if (node.defaultValue() == null) {
      return Optional.of(node);
    }
    reporter.error(Code.TM024, column.place("defaultValue"), "Field " + field.getSimpleName()
        + " is " + (kind.equals("identity") ? "an identity" : "a generated") + " column, which"
        + " PostgreSQL fills itself, so it cannot have defaultValue = \"" + node.defaultValue()
        + "\"; remove the default" + (attribute == null ? " or the identity." : " or " + attribute
        + "."));
    return Optional.empty();
  }

  /** The options of {@code @Identity}, null after reporting ones that cannot hold together. */
  private IdentityDef options(String name, Ann identity, boolean always, String type) {
    Long start = unset(identity.longValue("start"), 0);
    Long increment = unset(identity.longValue("increment"), 0);
    Long min = unset(identity.longValue("minValue"), Long.MIN_VALUE);
    Long max = unset(identity.longValue("maxValue"), Long.MAX_VALUE);
    Long cache = unset(identity.longValue("cache"), 0);
    long typeMax = type.equals("smallint") ? Short.MAX_VALUE
        : type.equals("integer") ? Integer.MAX_VALUE : Long.MAX_VALUE;
    long typeMin = -typeMax - 1;
    String problem = null;
    String attribute = null;
    if (cache != null && cache < 1) {
      problem = "cache = " + cache + " must be at least 1";
      attribute = "cache";
    } else if (min != null && (min < typeMin || min > typeMax)
        || max != null && (max < typeMin || max > typeMax)) {
      problem = "minValue and maxValue must lie within " + type + " (" + typeMin + " to "
          + typeMax + ")";
      attribute = min != null && (min < typeMin || min > typeMax) ? "minValue" : "maxValue";
    } else if (min != null && max != null && min >= max) {
      problem = "minValue = " + min + " must be less than maxValue = " + max;
      attribute = "minValue";
    } else if (start != null && (min != null && start < min || max != null && start > max)) {
      problem = "start = " + start + " must lie between minValue and maxValue";
      attribute = "start";
    }
    if (problem != null) {
      reporter.error(Code.TM025, identity.place(attribute), "@Identity on field " + name + ": "
          + problem + "; change it, or leave it out for PostgreSQL's default.");
      return null;
    }
    return new IdentityDef(always, start, increment, min, max, cache, identity.bool("cycle"));
  }

  private static Long unset(long value, long unset) {
    return value == unset ? null : value;
  }
}
