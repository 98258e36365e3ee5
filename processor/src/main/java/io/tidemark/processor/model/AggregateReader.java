package io.tidemark.processor.model;

import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.dialect.Naming;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** Reads {@code @ContinuousAggregate} types and checks that their query reads a hypertable. */
final class AggregateReader {
  static final String AGGREGATE = "io.tidemark.annotations.ContinuousAggregate";

  private final Reporter reporter;
  private boolean valid;

  AggregateReader(Reporter reporter) {
    this.reporter = reporter;
  }

  Optional<Entity> read(TypeElement type, Ann ann) {
    String name = ann.string("name").isEmpty()
        ? Naming.snakeCase(type.getSimpleName().toString()) : ann.string("name");
    valid = true;
    boolean ok = Identifiers.check(reporter, ann.place("name"), "View name", name)
        & Identifiers.check(reporter, ann.place("schema"), "Schema name", ann.string("schema"));
    Ann refresh = ann.nested("refresh");
    String start = interval(refresh, "startOffset");
    String end = interval(refresh, "endOffset");
    String schedule = interval(refresh, "scheduleInterval");
    Ann compressed = ann.nested("compression");
    CompressionDef compression = compression(compressed, name);
    String compressAfter = compression == null ? null : interval(compressed, "after");
    if (!ok || !valid) {
      return Optional.empty();
    }
    RefreshDef node = start == null && end == null && schedule == null
        ? null : new RefreshDef(start, end, schedule);
    AggregateNode aggregate = new AggregateNode(ann.string("schema"), name,
        TableReader.binaryName(type), collapse(ann.string("query")), ann.bool("materializedOnly"), node,
        compression, compressAfter);
    return Optional.of(new Entity(type, ann, null, aggregate, null, List.of()));
  }

  /**
   * Reports TM078 unless the query reads FROM one of {@code tables} that is a hypertable or,
   * for a hierarchical aggregate, FROM another of {@code aggregates}.
   */
  void checkSource(Entity entity, Collection<TableNode> tables, Collection<AggregateNode> aggregates) {
    String source = entity.aggregate().source();
    List<String> names = new ArrayList<>();
    tables.stream().filter(t -> t.hypertable() != null).forEach(t -> names.add(t.qualifiedName()));
    aggregates.stream().filter(a -> a != entity.aggregate())
        .forEach(a -> names.add(a.qualifiedName()));
    boolean found = source != null && names.stream().anyMatch(n -> n.equals(source)
        || (!source.contains(".") && n.substring(n.indexOf('.') + 1).equals(source)));
    if (!found) {
      names.sort(null);
      reporter.error(Code.TM078, entity.declaration().place("query"), "The query of continuous"
          + " aggregate " + entity.qualifiedName() + (source == null ? " has no FROM clause"
          : " reads FROM " + source + ", which is not a hypertable or continuous aggregate of the"
          + " model") + "; a continuous aggregate must select FROM a @Hypertable table or another"
          + " @ContinuousAggregate" + (names.isEmpty() ? " (the model has none)."
          : ": " + String.join(", ", names) + "."));
    }
  }

  /**
   * The compression settings, or null when off; orderBy entries must be column entries (the
   * columns themselves are the query's, which only the server knows).
   */
  private CompressionDef compression(Ann c, String view) {
    if (!c.bool("enabled")) {
      return null;
    }
    List<String> orderBy = new ArrayList<>();
    List<String> written = c.strings("orderBy");
    for (int i = 0; i < written.size(); i++) {
      Optional<IndexColumn> entry =
          IndexColumn.tryParse(written.get(i)).filter(e -> e.column() != null
              && e.collation() == null && e.opclass() == null);
      if (entry.isEmpty()) {
        valid = false;
        reporter.error(Code.TM007, c.place("orderBy", i), "orderBy entry \"" + written.get(i)
            + "\" of continuous aggregate " + view + " is not a column entry; write col"
            + " [ASC|DESC] [NULLS FIRST|LAST], for example \"bucket DESC\".");
      } else {
        orderBy.add(entry.get().normalized().entry());
      }
    }
    return new CompressionDef(c.strings("segmentBy"), orderBy);
  }

  private String interval(Ann refresh, String attribute) {
    String text = refresh.string(attribute);
    if (text.isEmpty()) {
      return null;
    }
    Optional<String> value = Intervals.parse(text).or(() -> Intervals.integer(text));
    if (value.isEmpty()) {
      String where = refresh.place().mirror().getAnnotationType().asElement().getSimpleName()
          .toString();
      reporter.error(Code.TM076, refresh.place(attribute), "@" + where + " " + attribute + " = \""
          + text + "\" is not a valid interval; write " + Intervals.GRAMMAR + ".");
      valid = false;
      return null;
    }
    return value.get();
  }

  /** Collapses whitespace outside string literals, so reformatting a query is no change. */
  static String collapse(String query) {
    StringBuilder out = new StringBuilder(query.length());
    boolean quoted = false;
    boolean space = false;
    for (char c : query.strip().toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (!quoted && Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
