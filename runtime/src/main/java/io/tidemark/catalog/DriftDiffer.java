package io.tidemark.catalog;

import io.tidemark.Drift.Difference;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Compares the model of a revision with a live catalog and says, one line each, what differs:
 * tables, columns, keys, checks, foreign keys, indexes, TimescaleDB settings and policies,
 * continuous aggregates, views, sequences. SQL texts that differ are asked of the server
 * ({@link ExpressionProbe}); intervals compare by length; TimescaleDB's automatic indexes count
 * only when the model declares them; objects outside the model are not compared.
 */
public final class DriftDiffer {
  private final ExpressionProbe probe;
  /**
   * Whether the model has comments: a model without any (written without {@code @Comment} or
   * {@code -Atidemark.comments}) leaves the database's comments alone.
   */
  private final boolean comments;
  private final List<Difference> found = new ArrayList<>();

  private DriftDiffer(ExpressionProbe probe, boolean comments) {
    this.probe = probe;
    this.comments = comments;
  }

  /** The differences between {@code expected} and {@code actual}, read on {@code connection}. */
  public static List<Difference> diff(Schema expected, Catalog actual, Connection connection)
      throws SQLException {
    try (ExpressionProbe probe = new ExpressionProbe(connection)) {
      DriftDiffer differ = new DriftDiffer(probe, expected.tables().stream().anyMatch(t ->
          t.comment() != null || t.columns().stream().anyMatch(c -> c.comment() != null)));
      differ.schema(expected, actual);
      return differ.found;
    }
  }

  private void schema(Schema expected, Catalog actual) {
    pairs("table", byName(expected.tables(), TableNode::qualifiedName),
        byName(actual.schema().tables(), TableNode::qualifiedName),
        (model, live) -> new TableDrift(this, model, live,
            actual.automaticIndexes(live.qualifiedName())).compare());
    pairs("continuous aggregate", byName(expected.aggregates(), AggregateNode::qualifiedName),
        byName(actual.schema().aggregates(), AggregateNode::qualifiedName), this::aggregate);
    pairs("enum type", byName(expected.enums(), EnumNode::qualifiedName),
        byName(actual.schema().enums(), EnumNode::qualifiedName), (model, live) -> {
          if (!model.values().equals(live.values())) {
            add("enum type " + model.qualifiedName(), "values are " + live.values()
                + ", the model has " + model.values());
          }
        });
    // views the model does not declare are left alone: revisions may create them with op.sql
    Map<String, ViewNode> liveViews = byName(actual.schema().views(), ViewNode::qualifiedName);
    liveViews.keySet().retainAll(byName(expected.views(), ViewNode::qualifiedName).keySet());
    pairs("view", byName(expected.views(), ViewNode::qualifiedName), liveViews, this::view);
    // likewise sequences: one the model does not declare may belong to a hand-written revision
    Map<String, SequenceDef> liveSequences =
        byName(actual.schema().sequences(), SequenceDef::name);
    liveSequences.keySet().retainAll(byName(expected.sequences(), SequenceDef::name).keySet());
    pairs("sequence", byName(expected.sequences(), SequenceDef::name), liveSequences,
        (model, live) -> {
          if (!model.equals(live)) {
            add("sequence " + model.name(), "is " + sequence(live) + ", the model has "
                + sequence(model));
          }
        });
  }

  /** A sequence's options and owner as CREATE SEQUENCE spells them. */
  private static String sequence(SequenceDef sequence) {
    String clause = PostgresDialect.sequenceClause(sequence);
    return clause.isEmpty() ? "without options or owner" : clause;
  }

  private void view(ViewNode model, ViewNode live) {
    String object = "view " + model.qualifiedName();
    if (model.materialized() != live.materialized()) {
      add(object, "is a " + (live.materialized() ? "materialized" : "plain") + " view, the model"
          + " has a " + (model.materialized() ? "materialized" : "plain") + " one");
    } else if (!probe.sameQuery(model.query(), live.query())) {
      add(object, "its query differs: the database has " + oneLine(live.query())
          + "; the model has " + oneLine(model.query()));
    }
  }

  private void aggregate(AggregateNode model, AggregateNode live) {
    String object = "continuous aggregate " + model.qualifiedName();
    if (model.materializedOnly() != live.materializedOnly()) {
      add(object, "materialized_only is " + live.materializedOnly() + ", the model has "
          + model.materializedOnly());
    }
    if ((model.compression() == null) != (live.compression() == null)) {
      add(object, "compression is " + (live.compression() == null ? "off, the model has it on"
          : "on, the model has it off"));
    }
    if (!probe.sameQuery(model.query(), live.query())) {
      add(object, "its query differs: the database has " + oneLine(live.query())
          + "; the model has " + oneLine(model.query()));
    }
    if ((model.refresh() == null) != (live.refresh() == null)) {
      add(object, model.refresh() == null ? "has a refresh policy the model does not have"
          : "has no refresh policy; the model has one");
    } else if (model.refresh() != null) {
      interval(object, "refresh start offset", model.refresh().startOffset(),
          live.refresh().startOffset(), null);
      interval(object, "refresh end offset", model.refresh().endOffset(),
          live.refresh().endOffset(), null);
      interval(object, "refresh schedule interval", model.refresh().scheduleInterval(),
          live.refresh().scheduleInterval(), "1 hour");
    }
  }

  /** Reports an interval setting unless both have the same length ({@code fallback}: default). */
  void interval(String object, String what, String model, String live, String fallback) {
    String expected = model == null ? fallback : model;
    if (!IntervalText.same(expected, live)) {
      add(object, what + " is " + (live == null ? "not set" : live) + ", the model has "
          + (expected == null ? "none" : expected));
    }
  }

  void add(String object, String message) {
    found.add(new Difference(object, message));
  }

  ExpressionProbe probe() {
    return probe;
  }

  /**
   * Calls {@code both} for each name in both maps, and reports names in only one of them as
   * missing from the database or not in the model.
   */
  <T> void pairs(String kind, Map<String, T> model, Map<String, T> live, BiConsumer<T, T> both) {
    for (Map.Entry<String, T> entry : model.entrySet()) {
      T other = live.get(entry.getKey());
      if (other == null) {
        add(kind + " " + entry.getKey(), "missing from the database");
      } else {
        both.accept(entry.getValue(), other);
      }
    }
    for (String name : live.keySet()) {
      if (!model.containsKey(name)) {
        add(kind + " " + name, "in the database but not in the model");
      }
    }
  }

  /** Like {@link #pairs} for the parts of one table, named {@code table: kind name}. */
  <T> void parts(String table, String kind, List<T> model, List<T> live,
      Function<T, String> name, BiConsumer<T, T> both) {
    Map<String, T> expected = byName(model, name);
    Map<String, T> actual = byName(live, name);
    for (Map.Entry<String, T> entry : expected.entrySet()) {
      T other = actual.get(entry.getKey());
      if (other == null) {
        add(table, kind + " " + entry.getKey() + " is missing from the database");
      } else {
        both.accept(entry.getValue(), other);
      }
    }
    for (String key : actual.keySet()) {
      if (!expected.containsKey(key)) {
        add(table, kind + " " + key + " is in the database but not in the model");
      }
    }
  }

  static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.put(name.apply(item), item);
    }
    return map;
  }

  static String oneLine(String sql) {
    String text = sql == null ? "none" : sql.strip().replaceAll("\\s+", " ");
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /** The differences of two column definitions of {@code table}. */
  void column(String table, String tableRef, ColumnDef model, ColumnDef live) {
    String object = table + "." + model.name();
    if (!model.type().equalsIgnoreCase(live.type())) {
      add(object, "type is " + live.type() + ", the model has " + model.type());
    }
    if (model.nullable() != live.nullable()) {
      add(object, live.nullable() ? "is nullable, the model has NOT NULL"
          : "is NOT NULL, the model has it nullable");
    }
    if (!probe.sameDefault(tableRef, model.name(), model.defaultValue(), live.defaultValue())) {
      add(object, "default is " + oneLine(live.defaultValue()) + ", the model has "
          + oneLine(model.defaultValue()));
    }
    if (!Objects.equals(model.identity(), live.identity())) {
      add(object, "identity is " + identity(live.identity()) + ", the model has "
          + identity(model.identity()));
    }
    if (!probe.sameGenerated(tableRef, model.type(), model.generatedAs(), live.generatedAs())) {
      add(object, "generated expression is " + oneLine(live.generatedAs()) + ", the model has "
          + oneLine(model.generatedAs()));
    }
    comment(object, model.comment(), live.comment());
  }

  /** Reports a table or column comment that differs, when the model has comments at all. */
  void comment(String object, String model, String live) {
    if (comments && !Objects.equals(model, live)) {
      add(object, "comment is " + quoted(live) + ", the model has " + quoted(model));
    }
  }

  private static String quoted(String comment) {
    return comment == null ? "none" : "\"" + oneLine(comment) + "\"";
  }

  /** An identity as its column clause spells it, or {@code none}. */
  private static String identity(IdentityDef identity) {
    return identity == null ? "none" : PostgresDialect.identityClause(identity);
  }

  void unique(String table, UniqueDef model, UniqueDef live) {
    if (!model.columns().equals(live.columns())) {
      add(table, "unique constraint " + model.name() + " is on " + live.columns()
          + ", the model has " + model.columns());
    }
    if (model.equalNulls() != live.equalNulls()) {
      add(table, "unique constraint " + model.name() + " has " + nulls(live.equalNulls())
          + ", the model has " + nulls(model.equalNulls()));
    }
  }

  void check(String table, String tableRef, CheckDef model, CheckDef live) {
    if (!probe.sameCheck(tableRef, model.expression(), live.expression())) {
      add(table, "check " + model.name() + " is " + oneLine(live.expression())
          + ", the model has " + oneLine(model.expression()));
    }
  }

  void foreignKey(String table, ForeignKeyDef model, ForeignKeyDef live) {
    boolean refColumns = model.refColumns().isEmpty()
        || model.refColumns().equals(live.refColumns());
    if (!model.columns().equals(live.columns()) || !refTable(model).equals(refTable(live))
        || !refColumns || !Objects.equals(model.onDelete(), live.onDelete())
        || !Objects.equals(model.onUpdate(), live.onUpdate())
        || model.deferrable() != live.deferrable()
        || model.initiallyDeferred() != live.initiallyDeferred()) {
      add(table, "foreign key " + model.name() + " is " + describe(live) + ", the model has "
          + describe(model));
    }
  }

  private static String refTable(ForeignKeyDef key) {
    return key.refTable() == null ? "" : key.refTable().replace("\"", "");
  }

  private static String describe(ForeignKeyDef key) {
    return key.columns() + " -> " + key.refTable() + key.refColumns()
        + (key.onDelete() == null ? "" : " ON DELETE " + key.onDelete())
        + (key.onUpdate() == null ? "" : " ON UPDATE " + key.onUpdate())
        + (key.deferrable() ? " DEFERRABLE" : "")
        + (key.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
  }

  void index(String table, String tableRef, IndexDef model, IndexDef live) {
    String column = live.include().isEmpty() && !live.columns().isEmpty()
        ? firstColumn(live) : null;
    boolean where = column == null ? Objects.equals(model.where(), live.where())
        : probe.samePredicate(tableRef, column, model.where(), live.where());
    if (!model.columns().equals(live.columns()) || model.uniqueIndex() != live.uniqueIndex()
        || model.equalNulls() != live.equalNulls()
        || !Objects.equals(model.using(), live.using())
        || !model.include().equals(live.include()) || !where) {
      add(table, "index " + model.name() + " is " + describe(live) + ", the model has "
          + describe(model));
    }
  }

  /** A plain column of the index to build a probe index on. */
  private static String firstColumn(IndexDef index) {
    String entry = index.columns().get(0).split(" ")[0];
    return entry.matches("[a-z_][a-z0-9_$]*") ? entry : null;
  }

  private static String nulls(boolean notDistinct) {
    return notDistinct ? "NULLS NOT DISTINCT" : "distinct nulls";
  }

  private static String describe(IndexDef index) {
    return (index.uniqueIndex() ? "UNIQUE " : "")
        + (index.using() == null ? "" : "USING " + index.using() + " ")
        + "(" + String.join(", ", index.columns()) + ")"
        + (index.include().isEmpty() ? "" : " INCLUDE (" + String.join(", ", index.include()) + ")")
        + (index.equalNulls() ? " NULLS NOT DISTINCT" : "")
        + (index.where() == null ? "" : " WHERE " + oneLine(index.where()));
  }
}
