package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.alterType;
import static io.tidemark.processor.diff.Expected.dropAggregate;
import static io.tidemark.processor.diff.Expected.dropColumn;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.DropView;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RemoveCompressionPolicy;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDifferViewsTest {
  private static final TableNode CUSTOMER = table("customer").id("id", "bigint")
      .column("name", "text").column("note", "text").build();
  private static final ViewNode NAMES =
      view("customer_names", "SELECT id, name FROM customer", false, "customer");
  private static final ViewNode SHOUTED =
      view("shouted_names", "SELECT upper(name) AS name FROM customer_names", true, "customer_names");

  private static ViewNode view(String name, String query, boolean materialized, String... reads) {
    return new ViewNode("", name, "com.acme.V", query, materialized, true, List.of(reads));
  }

  private static Schema with(TableNode table, ViewNode... views) {
    return new Schema(List.of(table), List.of(), List.of(), List.of(views));
  }

  private static TableNode customer(String nameType) {
    return table("customer").id("id", "bigint").column("name", nameType).column("note", "text")
        .build();
  }

  private static DropView drop(ViewNode view) {
    return new DropView(view.qualifiedName(), view.materialized(), view.createView());
  }

  @Test
  void diff_newViewOnAView_createsInDependencyOrderAfterTheTable() {
    DiffResult result = diff(Schema.EMPTY, with(CUSTOMER, SHOUTED, NAMES));
    assertEquals(List.of(CUSTOMER.createTable(), NAMES.createView(), SHOUTED.createView()),
        result.upgrade());
    assertDowngradeReverses(result);
    assertEquals(List.of(drop(SHOUTED), drop(NAMES), Expected.dropTable(CUSTOMER)),
        result.downgrade(), "the view that reads the other goes first");
  }

  @Test
  void diff_typeOfAColumnTheViewsRead_dropsThemFirstAndCreatesThemAfter() {
    DiffResult result = diff(with(CUSTOMER, NAMES, SHOUTED), with(customer("varchar(80)"), NAMES, SHOUTED));
    assertEquals(List.of(drop(SHOUTED), drop(NAMES),
        alterType("customer", column("name", "text"), "varchar(80)"),
        NAMES.createView(), SHOUTED.createView()), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_columnNoViewReads_leavesTheViewsAlone() {
    DiffResult result = diff(with(CUSTOMER, NAMES, SHOUTED),
        with(table("customer").id("id", "bigint").column("name", "text").build(), NAMES, SHOUTED));
    assertEquals(List.of(dropColumn("customer", column("note", "text"))), result.upgrade());
  }

  @Test
  void diff_renamedColumnInTheQuery_renamesBetweenDropAndCreate() {
    ViewNode renamed = view("customer_names", "SELECT id, full_name AS name FROM customer", false,
        "customer");
    TableNode after = table("customer").id("id", "bigint").column("full_name", "text")
        .column("note", "text").build();
    DiffResult result = SchemaDiffer.diff(with(CUSTOMER, NAMES, SHOUTED),
        with(after, renamed, SHOUTED),
        new Renames(Map.of(), Map.of("customer", Map.of("full_name", "name"))));
    assertEquals(List.of(drop(SHOUTED), drop(NAMES),
        new RenameColumn("customer", "name", "full_name"),
        renamed.createView(), SHOUTED.createView()), result.upgrade(),
        "the dependent view is re-created although its own query is unchanged");
    assertDowngradeReverses(result);
  }

  @Test
  void diff_viewBecomesMaterialized_dropsThePlainViewAndCreatesTheMaterializedOne() {
    ViewNode materialized = view("customer_names", NAMES.query(), true, "customer");
    DiffResult result = diff(with(CUSTOMER, NAMES), with(CUSTOMER, materialized));
    assertEquals(List.of(drop(NAMES), materialized.createView()), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_sameQueryWithOtherDependsOnOrder_isUnchanged() {
    ViewNode both = view("pair", "SELECT c.id FROM customer c JOIN customer_names n USING (id)",
        false, "customer", "customer_names");
    ViewNode reordered = view("pair", both.query(), false, "customer_names", "customer");
    assertTrue(diff(with(CUSTOMER, NAMES, both), with(CUSTOMER, NAMES, reordered)).isEmpty());
  }

  @Test
  void diff_viewInItsOwnSchema_createsTheSchemaFirst() {
    ViewNode reports = new ViewNode("reports", "names", "com.acme.V", NAMES.query(), false, true,
        List.of("customer"));
    List<Operation> upgrade = diff(with(CUSTOMER), with(CUSTOMER, reports)).upgrade();
    assertEquals(List.of(new CreateSchema("reports"), reports.createView()), upgrade);
  }

  @Test
  void diff_hierarchicalAggregates_createInDependencyOrderAndRebuildTheUpperOneWithTheLower() {
    TableNode metrics = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column("value", "double precision").hypertable(Nodes.hypertable("ts", "1 day")).build();
    AggregateNode hourly = new AggregateNode("", "a_hourly", "com.acme.H",
        "SELECT time_bucket('1 hour', ts) AS bucket, avg(value) AS value FROM metrics GROUP BY 1",
        true, null);
    AggregateNode daily = new AggregateNode("", "a_daily", "com.acme.D",
        "SELECT time_bucket('1 day', bucket) AS bucket, max(value) FROM a_hourly GROUP BY 1",
        true, null);
    DiffResult created = diff(Schema.EMPTY, new Schema(List.of(metrics), List.of(daily, hourly)));
    assertEquals(List.of(hourly.createAggregate(), daily.createAggregate()),
        created.upgrade().subList(3, 5), "a_daily reads a_hourly, although it sorts first");

    AggregateNode changed = new AggregateNode("", "a_hourly", "com.acme.H",
        hourly.query().replace("avg", "min"), true, null);
    DiffResult result = diff(new Schema(List.of(metrics), List.of(daily, hourly)),
        new Schema(List.of(metrics), List.of(daily, changed)));
    assertEquals(List.of(dropAggregate(daily), dropAggregate(hourly), changed.createAggregate(),
        daily.createAggregate()), result.upgrade());
    assertEquals(List.of("TM059", "TM057"), result.findings().stream().map(Finding::code).sorted(
        (a, b) -> b.compareTo(a)).toList());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_typeOfAColumnAnAggregateReads_rebuildsTheAggregateWithWarning() {
    TableNode metrics = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column("value", "double precision").hypertable(Nodes.hypertable("ts", "1 day")).build();
    TableNode numeric = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column("value", "numeric").hypertable(Nodes.hypertable("ts", "1 day")).build();
    AggregateNode hourly = new AggregateNode("", "hourly", "com.acme.H",
        "SELECT time_bucket('1 hour', ts) AS bucket, count(*) FROM metrics GROUP BY 1", true, null);
    assertEquals(List.of(alterType("metrics", column("value", "double precision"), "numeric")),
        diff(new Schema(List.of(metrics), List.of(hourly)),
            new Schema(List.of(numeric), List.of(hourly))).upgrade(),
        "count(*) reads no column of its own");
    AggregateNode avg = new AggregateNode("", "hourly", "com.acme.H",
        hourly.query().replace("count(*)", "avg(value)"), true, null);
    DiffResult result = diff(new Schema(List.of(metrics), List.of(avg)),
        new Schema(List.of(numeric), List.of(avg)));
    assertEquals(List.of(dropAggregate(avg),
        alterType("metrics", column("value", "double precision"), "numeric"),
        avg.createAggregate()), result.upgrade());
    assertEquals("TM059", result.findings().get(0).code());
  }

  @Test
  void diff_aggregateCompression_enabledAfterItsRefreshPolicy_andOffAgainWhenItsSettingsChange() {
    TableNode metrics = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column("value", "double precision").hypertable(Nodes.hypertable("ts", "1 day")).build();
    CompressionDef settings = new CompressionDef(List.of(), List.of("bucket DESC"));
    AggregateNode plain = new AggregateNode("", "hourly", "com.acme.H",
        "SELECT time_bucket('1 hour', ts) AS bucket, avg(value) FROM metrics GROUP BY 1", true,
        null);
    AggregateNode compressed = new AggregateNode("", "hourly", "com.acme.H", plain.query(), true,
        null, settings, "30 days");
    DiffResult added = diff(new Schema(List.of(metrics), List.of(plain)),
        new Schema(List.of(metrics), List.of(compressed)));
    assertEquals(List.of(new EnableCompression("hourly", settings, true, false),
        new AddCompressionPolicy("hourly", "30 days")), added.upgrade());
    assertDowngradeReverses(added);

    DiffResult created = diff(Schema.EMPTY, new Schema(List.of(metrics), List.of(compressed)));
    assertEquals(List.of(compressed.createAggregate(),
        new EnableCompression("hourly", settings, true, false),
        new AddCompressionPolicy("hourly", "30 days")), created.upgrade().subList(3, 6));
    assertEquals(List.of(dropAggregate(compressed), Expected.dropTable(metrics)),
        created.downgrade(), "the drop takes the compression along");

    AggregateNode segmented = new AggregateNode("", "hourly", "com.acme.H", plain.query(), true,
        null, new CompressionDef(List.of("bucket"), List.of()), "30 days");
    assertEquals(List.of(new RemoveCompressionPolicy("hourly", "30 days"),
        new DisableCompression("hourly", settings, true, false),
        new EnableCompression("hourly", segmented.compression(), true, false),
        new AddCompressionPolicy("hourly", "30 days")),
        diff(new Schema(List.of(metrics), List.of(compressed)),
            new Schema(List.of(metrics), List.of(segmented))).upgrade());
  }

  @Test
  void columnstoreNames_compressionOps_keepEverythingButTheNames() {
    CompressionDef settings = new CompressionDef(List.of("device"), List.of());
    DiffResult legacy = new DiffResult(List.of(new EnableCompression("m", settings),
        new AddCompressionPolicy("m", "7 days"), NAMES.createView()),
        List.of(new RemoveCompressionPolicy("m", "7 days"), new DisableCompression("m", settings)),
        List.of());
    DiffResult columnstore = ColumnstoreNames.apply(legacy);
    assertEquals(List.of(new EnableCompression("m", settings, false, true),
        new AddCompressionPolicy("m", "7 days", true), NAMES.createView()), columnstore.upgrade());
    assertEquals(List.of(new RemoveCompressionPolicy("m", "7 days", true),
        new DisableCompression("m", settings, false, true)), columnstore.downgrade());
  }
}
