package io.tidemark.importer;

import static io.tidemark.importer.EntityWriter.annotation;

import com.palantir.javapoet.AnnotationSpec;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import io.tidemark.snapshot.TableNode;
import java.util.List;

/**
 * Decides which entity declares an imported standalone sequence (the table of the column that
 * owns it, else the first table whose default draws from it) and writes its {@code @Sequence},
 * with the sequence options {@code @Identity} shares.
 */
final class SequenceAnnotations {
  private SequenceAnnotations() {}

  /** The qualified name of the table whose entity declares {@code sequence}, or {@code null}. */
  static String home(SequenceDef sequence, List<TableNode> tables) {
    if (sequence.owned()) {
      return sequence.ownerTable();
    }
    String call = "nextval('" + sequence.name() + "'";
    return tables.stream().filter(t -> t.columns().stream().map(ColumnDef::defaultValue)
        .anyMatch(d -> d != null && d.contains(call))).map(TableNode::qualifiedName)
        .findFirst().orElse(null);
  }

  static AnnotationSpec sequence(SequenceDef sequence) {
    int dot = sequence.name().indexOf('.');
    AnnotationSpec.Builder a = annotation("Sequence")
        .addMember("name", "$S", sequence.name().substring(dot + 1));
    if (dot > 0) {
      a.addMember("schema", "$S", sequence.name().substring(0, dot));
    }
    options(a, sequence.options());
    if (sequence.owned()) {
      a.addMember("ownedBy", "$S", sequence.ownerColumn());
    }
    return a.build();
  }

  /** The options PostgreSQL's defaults do not give, as attributes. */
  static void options(AnnotationSpec.Builder a, SequenceOptions options) {
    option(a, "start", options.start());
    option(a, "increment", options.increment());
    option(a, "minValue", options.minValue());
    option(a, "maxValue", options.maxValue());
    option(a, "cache", options.cache());
    if (options.cycles()) {
      a.addMember("cycle", "true");
    }
  }

  private static void option(AnnotationSpec.Builder a, String name, Long value) {
    if (value != null) {
      a.addMember(name, "$LL", value);
    }
  }
}
