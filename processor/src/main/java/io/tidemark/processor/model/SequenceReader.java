package io.tidemark.processor.model;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the {@code @Sequence} declarations of the entities, and the sequences JPA's
 * {@code @GeneratedValue} draws from, into standalone sequences: each {@code @Sequence} on a
 * {@code @Table} class, owned by a column of that table if any, its name taken by no other
 * sequence, table or view.
 */
final class SequenceReader {
  static final String SEQUENCE = "io.tidemark.annotations.Sequence";

  private final Reporter reporter;

  SequenceReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The sequences in name order, empty when any declaration has an error (all reported). */
  Optional<List<SequenceDef>> read(Collection<Entity> entities) {
    boolean ok = true;
    Set<String> taken = new HashSet<>();
    entities.forEach(e -> taken.add(e.qualifiedName()));
    Map<String, SequenceDef> sequences = new TreeMap<>();
    for (Entity entity : entities) {
      List<Ann> declared = Ann.present(entity.element(), SEQUENCE)
          ? ColumnReader.all(Ann.all(entity.element()), SEQUENCE) : List.of();
      for (Ann ann : declared) {
        Optional<SequenceDef> read = readOne(entity, ann);
        ok &= read.isPresent();
        if (read.isEmpty()) {
          continue;
        }
        String name = read.get().name();
        if (taken.contains(name) || sequences.putIfAbsent(name, read.get()) != null) {
          ok = false;
          reporter.error(Code.TM061, ann.place("name"), "Sequence " + name + " is declared twice"
              + " or shares its name with a table or view; PostgreSQL keeps them in one"
              + " namespace, so give it another name with name = \"...\".");
        }
      }
      for (FieldColumn field : entity.fields()) {
        SequenceDef drawn = field.sequence();
        if (drawn != null && (taken.contains(drawn.name())
            || !sequences.computeIfAbsent(drawn.name(), n -> drawn).equals(drawn))) {
          ok = false;
          reporter.error(Code.TM061, Place.of(field.field()), "Sequence " + drawn.name()
              + " of field " + field.field().getSimpleName() + " is declared again with other"
              + " options, or shares its name with a table or view; give its @SequenceGenerator"
              + " another sequenceName, or the same initialValue and allocationSize everywhere.");
        }
      }
    }
    return ok ? Optional.of(new ArrayList<>(sequences.values())) : Optional.empty();
  }

  private Optional<SequenceDef> readOne(Entity entity, Ann ann) {
    if (entity.table() == null) {
      reporter.error(Code.TM060, ann.place(), "@Sequence is declared on "
          + entity.element().getSimpleName() + ", which is not a @Table; declare it on the entity"
          + " of a table that uses it.");
      return Optional.empty();
    }
    String name = ann.string("name");
    String schema = ann.string("schema");
    boolean ok = Identifiers.check(reporter, ann.place("name"), "Sequence name", name)
        & Identifiers.check(reporter, ann.place("schema"), "Schema name", schema);
    SequenceOptions options = SequenceOptionsReader.read(reporter, ann, "bigint", Code.TM062,
        "@Sequence " + name);
    String owner = ann.string("ownedBy");
    if (!owner.isEmpty() && entity.table().columns().stream().map(ColumnDef::name)
        .noneMatch(owner::equals)) {
      ok = false;
      reporter.error(Code.TM060, ann.place("ownedBy"), "@Sequence " + name + " is owned by "
          + owner + ", which is no column of table " + entity.qualifiedName() + "; name one of"
          + " its columns, or leave ownedBy out for a sequence no column owns.");
    } else if (!owner.isEmpty() && !schema.equals(entity.schema())) {
      ok = false;
      reporter.error(Code.TM060, ann.place("ownedBy"), "@Sequence " + name + " is in schema \""
          + schema + "\" but owned by a column of table " + entity.qualifiedName() + ", and"
          + " PostgreSQL keeps an owned sequence in its table's schema; give it schema = \""
          + entity.schema() + "\", or leave ownedBy out.");
    }
    if (!ok || options == null) {
      return Optional.empty();
    }
    SequenceDef sequence = new SequenceDef(schema.isEmpty() ? name : schema + "." + name,
        options.canonical("bigint"), null, null);
    return Optional.of(owner.isEmpty() ? sequence
        : sequence.ownedBy(entity.qualifiedName(), owner));
  }
}
