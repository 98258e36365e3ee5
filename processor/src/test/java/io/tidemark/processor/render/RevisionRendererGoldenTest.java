package io.tidemark.processor.render;

import static io.tidemark.processor.render.Revisions.render;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.SqlListing;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionRendererGoldenTest {
  @Test
  void render_addedColumn_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_9f8e7d"), Nodes.schema(Revisions.USERS),
        Nodes.schema(Revisions.USERS_WITH_EMAIL), Renames.NONE);
    Golden.assertMatches("AddUsersEmail.java.txt", revision.javaSource());
  }

  @Test
  void render_baseRevisionWithSchemaConstraintsIndexesAndForeignKeys_matchesGolden() {
    RenderedRevision revision = render(1, List.of(), Schema.EMPTY, Revisions.shop(), Renames.NONE);
    Golden.assertMatches("CreateShop.java.txt", revision.javaSource());
  }

  @Test
  void render_renamesAndColumnChanges_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_aaaaaa"), Revisions.shop(), Revisions.shopEvolved(),
        Revisions.SHOP_RENAMES);
    Golden.assertMatches("EvolveShop.java.txt", revision.javaSource());
  }

  @Test
  void render_compositeDeferrableKeyExpressionIndexAndEqualNulls_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_aaaaaa"), Revisions.shop(),
        Revisions.shopWithKeysAndIndexes(), Renames.NONE);
    Golden.assertMatches("KeysAndIndexes.java.txt", revision.javaSource());
  }

  @Test
  void render_enumTypeCreatedThenValuesAddedRenamedAndRemoved_matchesGolden() {
    StringBuilder text = new StringBuilder();
    text.append(render(1, List.of(), Schema.EMPTY,
        Revisions.enumShop(List.of("NEW", "PAID"), false), Renames.NONE).javaSource());
    text.append(render(2, List.of("0001_aaaaaa"), Revisions.enumShop(List.of("NEW", "PAID"), false),
        Revisions.enumShop(List.of("DRAFT", "NEW", "SETTLED"), true), Revisions.ENUM_RENAMES)
        .javaSource());
    text.append(render(3, List.of("0002_aaaaaa"),
        Revisions.enumShop(List.of("DRAFT", "NEW", "SETTLED"), true),
        Revisions.enumShop(List.of("NEW", "SETTLED"), true), Renames.NONE).javaSource());
    Golden.assertMatches("EnumTypes.java.txt", text.toString());
  }

  @Test
  void render_hypertableWithCompressionPoliciesAndAggregate_matchesGolden() {
    RenderedRevision revision = render(1, List.of(), Schema.EMPTY, Revisions.timescale(), Renames.NONE);
    Golden.assertMatches("CreateHegemony.java.txt", revision.javaSource());
  }

  @Test
  void render_timescaleChanges_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_aaaaaa"), Revisions.timescale(),
        Revisions.timescaleEvolved(), Renames.NONE);
    Golden.assertMatches("EvolveHegemony.java.txt", revision.javaSource());
  }

  /** Views re-created around a column type change that one reads, in dependency order. */
  @Test
  void render_viewsAroundAColumnTypeChange_matchesGolden() {
    Schema shop = Revisions.shop();
    ViewNode active = new ViewNode("sales", "active_customers", "com.acme.ActiveCustomers",
        "SELECT id, email FROM sales.customers WHERE status = 'ACTIVE'", false, true,
        List.of("sales.customers"));
    ViewNode counts = new ViewNode("sales", "order_counts", "com.acme.OrderCounts",
        "SELECT a.email, count(o.id) AS orders FROM sales.active_customers a"
            + " JOIN sales.orders o ON o.customer_id = a.id GROUP BY a.email",
        true, false, List.of("sales.active_customers", "sales.orders"));
    ViewNode statuses = new ViewNode("", "statuses", "com.acme.Statuses",
        "SELECT DISTINCT status FROM sales.customers", true, true, List.of("sales.customers"));
    List<TableNode> wider = shop.tables().stream().map(t -> !t.name().equals("customers") ? t
        : new TableNode(t.schema(), t.name(), t.entity(), t.columns().stream()
            .map(c -> c.name().equals("email") ? new ColumnDef("email", "character varying(320)",
                false, null) : c).toList(),
            t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), t.indexes(), t.hypertable()))
        .toList();
    RenderedRevision revision = render(2, List.of("0001_aaaaaa"),
        new Schema(shop.tables(), List.of(), List.of(), List.of(active, counts)),
        new Schema(wider, List.of(), List.of(), List.of(active, counts, statuses)), Renames.NONE);
    Golden.assertMatches("ViewsOnShop.java.txt", revision.javaSource());
  }

  @Test
  void render_identityAndGeneratedColumns_matchesGolden() {
    RenderedRevision created = render(1, List.of(), Schema.EMPTY, Revisions.generated(),
        Renames.NONE);
    Golden.assertMatches("CreateTickets.java.txt", created.javaSource());
    RenderedRevision evolved = render(2, List.of("0001_aaaaaa"), Revisions.generated(),
        Revisions.generatedEvolved(), Renames.NONE);
    Golden.assertMatches("EvolveTickets.java.txt", evolved.javaSource());
  }

  @Test
  void render_hypertableDimensions_matchesGolden() {
    RenderedRevision created = render(1, List.of(), Schema.EMPTY, Revisions.dimensions(),
        Renames.NONE);
    Golden.assertMatches("CreateMetricsDimensions.java.txt", created.javaSource());
    RenderedRevision added = render(2, List.of("0001_aaaaaa"), Revisions.dimensions(),
        Revisions.dimensionAdded(), Renames.NONE);
    Golden.assertMatches("AddMetricsDimension.java.txt", added.javaSource());
  }

  @Test
  void render_standaloneSequences_matchesGolden() {
    RenderedRevision created = render(1, List.of(), Schema.EMPTY, Revisions.sequences(),
        Renames.NONE);
    Golden.assertMatches("CreateSequences.java.txt", created.javaSource());
    RenderedRevision evolved = render(2, List.of("0001_aaaaaa"), Revisions.sequences(),
        Revisions.sequencesEvolved(), Renames.NONE);
    Golden.assertMatches("EvolveSequences.java.txt", evolved.javaSource());
  }

  @Test
  void render_safePlansOnExistingTablesBesideANewTable_matchesGolden() {
    RenderedRevision revision = render(2, List.of("0001_aaaaaa"), Revisions.safeBefore(),
        Revisions.safeAfter(), Renames.NONE);
    Golden.assertMatches("SafePlans.java.txt", revision.javaSource());
  }

  /**
   * Each safe plan on its own: the generated upgrade and downgrade bodies and their SQL as
   * {@code tidemark show} prints it, which the documentation quotes.
   */
  @Test
  void render_eachSafePlanOnItsOwn_matchesGolden() {
    StringBuilder text = new StringBuilder();
    for (Revisions.SafeChange change : Revisions.safeChanges()) {
      DiffResult diff = Revisions.diff(change.before(), change.after());
      String source = RevisionRenderer.render(Revisions.PACKAGE, 2, List.of("0001_aaaaaa"), diff,
          change.after()).javaSource();
      text.append("=== ").append(change.title()).append("\nupgrade:\n")
          .append(body(source, "upgrade")).append("downgrade:\n").append(body(source, "downgrade"))
          .append("upgrade SQL:\n").append(sql(diff.upgrade()))
          .append("downgrade SQL:\n").append(sql(diff.downgrade())).append('\n');
    }
    Golden.assertMatches("SafePlanSteps.txt", text.toString());
  }

  private static String body(String source, String method) {
    String start = "  public void " + method + "(Operations op) {\n";
    int from = source.indexOf(start) + start.length();
    return source.substring(from, source.indexOf("  }\n", from));
  }

  private static String sql(List<Operation> ops) {
    PostgresDialect dialect = new PostgresDialect();
    StringBuilder text = new StringBuilder();
    for (Operation op : ops) {
      for (String line : SqlListing.lines(dialect.render(op))) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void render_mergeRevision_matchesGolden() {
    RenderedRevision revision = RevisionRenderer.render(Revisions.PACKAGE, 3,
        List.of("0002_aaaaaa", "0002_bbbbbb"), new DiffResult(List.of(), List.of(), List.of()), Revisions.shop());
    Golden.assertMatches("Merge.java.txt", revision.javaSource());
  }
}
