package io.tidemark.processor.model;

import io.tidemark.dialect.Naming;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.TableNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/** Reads {@code @ContinuousAggregate} types and checks that their query reads a hypertable. */
final class AggregateReader {
  static final String AGGREGATE = "io.tidemark.annotations.ContinuousAggregate";
  private static final String NAME = "(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)";
  private static final Pattern FROM =
      Pattern.compile("(?i)\\bFROM\\s+(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?)");

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
    if (!ok || !valid) {
      return Optional.empty();
    }
    RefreshDef node = start == null && end == null && schedule == null
        ? null : new RefreshDef(start, end, schedule);
    AggregateNode aggregate = new AggregateNode(ann.string("schema"), name,
        TableReader.binaryName(type), collapse(ann.string("query")), ann.bool("materializedOnly"), node);
    return Optional.of(new Entity(type, ann, null, aggregate, null, List.of()));
  }

  /** Reports TM078 unless the query reads FROM one of {@code tables} that is a hypertable. */
  void checkSource(Entity entity, Collection<TableNode> tables) {
    String query = entity.aggregate().query();
    Matcher m = FROM.matcher(query);
    String source = m.find() ? m.group(1).replaceAll("\\s+", "").replace("\"", "") : null;
    List<TableNode> hypertables = tables.stream().filter(t -> t.hypertable() != null).toList();
    boolean found = source != null && hypertables.stream().anyMatch(t -> t.qualifiedName().equals(source)
        || (!source.contains(".") && t.name().equals(source)));
    if (!found) {
      List<String> names = hypertables.stream().map(TableNode::qualifiedName).toList();
      reporter.error(Code.TM078, entity.declaration().place("query"), "The query of continuous"
          + " aggregate " + entity.qualifiedName() + (source == null ? " has no FROM clause"
          : " reads FROM " + source + ", which is not a hypertable of the model")
          + "; a continuous aggregate must select FROM a @Hypertable table"
          + (names.isEmpty() ? " (the model has none)." : ": " + String.join(", ", names) + "."));
    }
  }

  private String interval(Ann refresh, String attribute) {
    String text = refresh.string(attribute);
    if (text.isEmpty()) {
      return null;
    }
    Optional<String> value = Intervals.parse(text).or(() -> Intervals.integer(text));
    if (value.isEmpty()) {
      reporter.error(Code.TM076, refresh.place(attribute), "@Refresh " + attribute + " = \""
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
