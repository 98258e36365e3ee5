package io.tidemark.processor.model;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.SequenceOptions;
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
    return apply(field, anns, column, node, id == null ? NONE : id.constant("generated"),
        id == null ? null : id.place("generated"));
  }

  /**
   * Like {@link #apply(Element, Map, Ann, ColumnDef)} with the generation another annotation
   * gives ({@code NONE}, {@code BY_DEFAULT} or {@code ALWAYS}), reported at {@code fromPlace}.
   */
  Optional<ColumnDef> apply(Element field, Map<String, List<Ann>> anns, Ann column,
      ColumnDef node, String fromId, Place fromPlace) {
    Ann identity = ColumnReader.first(anns, IDENTITY);
    String generatedAs = column == null || column.string("generatedAs").isEmpty() ? null
        : column.string("generatedAs");
    if (identity == null && fromId.equals(NONE)) {
      return generatedAs == null ? Optional.of(node)
          : withoutDefault(field, column, node, "generated", "generatedAs")
              .map(n -> n.generatedAs(generatedAs));
    }
    String name = field.getSimpleName().toString();
    Place place = identity != null ? identity.place() : fromPlace;
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
        ? new IdentityDef(always, SequenceOptions.DEFAULTS)
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
    SequenceOptions options = SequenceOptionsReader.read(reporter, identity, type, Code.TM025,
        "@Identity on field " + name);
    return options == null ? null : new IdentityDef(always, options);
  }
}
