package io.tidemark.processor.render;

import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.table;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Nodes.TableBuilder;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import java.util.Map;

/** Model versions that together use every op, for render tests. */
final class Revisions {
  private Revisions() {}

  static final String PACKAGE = "com.acme.db";

  static final TableNode USERS = table("users").id("id", "bigint").column("name", "text").build();

  static final TableNode USERS_WITH_EMAIL = table("users").id("id", "bigint").column("name", "text")
      .column("email", "text").build();

  static Schema shop() {
    TableNode customers = table("sales", "customers").id("id", "bigint")
        .column(new ColumnDef("email", "character varying(255)", false, null))
        .column(new ColumnDef("status", "text", false, "'NEW'"))
        .unique("customers_email_key", "email")
        .check("customers_status_check", "status IN ('NEW', 'ACTIVE')")
        .index(new IndexDef("customers_email_lower_idx", List.of("lower(email)", "id DESC NULLS LAST"),
            true, "status <> 'NEW'", "btree", List.of("status"), false))
        .build();
    TableNode orders = table("sales", "orders").id("id", "bigint")
        .column(notNull("customer_id", "bigint"))
        .column("note", "text")
        .foreignKey(new ForeignKeyDef("orders_customer_id_fkey", List.of("customer_id"), "sales.customers",
            List.of("id"), "CASCADE", "RESTRICT"))
        .build();
    return new Schema(List.of(customers, orders), List.of());
  }

  /**
   * The shop with a composite deferrable foreign key, an expression index with a collation and
   * an operator class, and unique keys whose nulls are not distinct (on an existing table, so a
   * safe plan).
   */
  static Schema shopWithKeysAndIndexes() {
    Schema shop = shop();
    TableNode customers = shop.tables().get(0);
    TableNode withNote = table("sales", "customers").id("id", "bigint")
        .column(customers.columns().get(1)).column(customers.columns().get(2))
        .column("code", "text")
        .unique("customers_email_key", "email")
        .unique(new UniqueDef("customers_id_code_key", List.of("id", "code"), null, true))
        .check("customers_status_check", "status IN ('NEW', 'ACTIVE')")
        .index(customers.indexes().get(0))
        .build();
    TableNode lines = table("sales", "order_lines").column(notNull("order_id", "bigint"))
        .column(notNull("customer_id", "bigint")).column("customer_code", "text")
        .column("sku", "text")
        .foreignKey(new ForeignKeyDef("order_lines_customer_id_customer_code_fkey",
            List.of("customer_id", "customer_code"), "sales.customers", List.of("id", "code"),
            "CASCADE", null).deferrable(true))
        .index(new IndexDef("order_lines_sku_idx", List.of("lower(sku) COLLATE \"C\"",
            "sku text_pattern_ops DESC"), true, null, null, List.of(), false, false, true))
        .build();
    return new Schema(List.of(withNote, lines, shop.tables().get(1)), List.of());
  }

  /** Orders whose status is the enum type {@code sales.status} with {@code values}. */
  static Schema enumShop(List<String> values, boolean withPayments) {
    TableNode orders = table("sales", "orders").id("id", "bigint")
        .column(new ColumnDef("status", "sales.status", false, "'NEW'")).build();
    TableNode payments = table("sales", "payments").id("id", "bigint")
        .column(new ColumnDef("status", "sales.status", true, null)).build();
    return new Schema(withPayments ? List.of(orders, payments) : List.of(orders), List.of(),
        List.of(new EnumNode("sales", "status", "com.acme.Status", values)));
  }

  static final Renames ENUM_RENAMES =
      Renames.NONE.withEnumValues(Map.of("sales.status", Map.of("SETTLED", "PAID")));

  static final CompressionDef HEGEMONY_COMPRESSION =
      new CompressionDef(List.of("asn_id", "af"), List.of("timebin DESC"));

  static TableNode hegemony(TimescaleNode hypertable) {
    return table("hegemony")
        .column(notNull("timebin", "timestamp with time zone"))
        .column(notNull("asn_id", "bigint"))
        .column(notNull("af", "integer"))
        .column("hege", "double precision")
        .index(index("hegemony_asn_id_timebin_idx", "asn_id", "timebin DESC"))
        .hypertable(hypertable)
        .build();
  }

  static final AggregateNode DAILY = new AggregateNode("", "hegemony_daily", "com.acme.HegemonyDaily",
      "SELECT time_bucket('1 day', timebin) AS day, asn_id, avg(hege) AS hege\n"
          + "FROM hegemony\nGROUP BY 1, 2",
      true, new RefreshDef("3 days", "1 hour", null));

  static Schema timescale() {
    TimescaleNode hypertable = new TimescaleNode(new HypertableDef("timebin", "2 days", null, 0, false),
        HEGEMONY_COMPRESSION, "7 days", "365 days", "hegemony_asn_id_timebin_idx");
    return new Schema(List.of(hegemony(hypertable)), List.of(DAILY));
  }

  /** After {@link #timescale()}: chunk interval, compression and aggregate changes. */
  static Schema timescaleEvolved() {
    TimescaleNode hypertable = new TimescaleNode(new HypertableDef("timebin", "1 day", null, 0, false),
        new CompressionDef(List.of("asn_id"), List.of("timebin DESC")), "14 days", null, null);
    AggregateNode daily = new AggregateNode("", "hegemony_daily", "com.acme.HegemonyDaily",
        DAILY.query().replace("avg", "max"), false, null);
    return new Schema(List.of(hegemony(hypertable)), List.of(daily));
  }

  /** After {@link #shop()}: table and column renames, type, default and nullability changes. */
  static Schema shopEvolved() {
    TableNode clients = table("sales", "clients").id("id", "bigint")
        .column(new ColumnDef("mail", "text", true, null))
        .column(new ColumnDef("status", "text", false, "'ACTIVE'"))
        .unique("customers_email_key", "mail")
        .check("customers_status_check", "status IN ('NEW', 'ACTIVE')")
        .build();
    TableNode orders = table("sales", "orders").id("id", "bigint")
        .column(notNull("customer_id", "bigint"))
        .foreignKey(new ForeignKeyDef("orders_customer_id_fkey", List.of("customer_id"), "sales.clients",
            List.of("id"), "CASCADE", "RESTRICT"))
        .build();
    TableNode plain = table("events").column(notNull("at", "timestamp with time zone")).build();
    return new Schema(List.of(clients, orders, plain), List.of());
  }

  static final Renames SHOP_RENAMES = new Renames(Map.of("sales.clients", "sales.customers"),
      Map.of("sales.clients", Map.of("mail", "email")));

  private static final TableNode REGION = table("region").id("id", "bigint").build();
  private static final ForeignKeyDef CUSTOMER_REGION = new ForeignKeyDef("customer_region_id_fkey",
      List.of("region_id"), "region", List.of("id"), null, null);

  /** The customer table of {@link #safeBefore()}, with {@code email} nullable or not. */
  private static TableBuilder customer(boolean emailNullable) {
    return table("customer").id("id", "bigint")
        .column(emailNullable ? column("email", "text") : notNull("email", "text"))
        .column(notNull("status", "text"))
        .column("region_id", "bigint");
  }

  private static final String STATUS = "status IN ('NEW', 'ACTIVE')";
  private static final String MORE_STATUS = "status IN ('NEW', 'ACTIVE', 'CLOSED')";

  private static Schema withCustomer(TableBuilder customer) {
    return new Schema(List.of(customer.build(), REGION, reading(List.of())), List.of());
  }

  /** Existing tables, before {@link #safeAfter()} changes them while they hold rows. */
  static Schema safeBefore() {
    return withCustomer(customer(true).check("customer_status_check", STATUS));
  }

  /**
   * After {@link #safeBefore()}: every change that has a safe plan, on the existing tables, and
   * the same kinds of change on a table created beside them.
   */
  static Schema safeAfter() {
    TableNode customer = customer(false)
        .unique("customer_email_key", "email")
        .check("customer_email_check", "email LIKE '%@%'")
        .check("customer_status_check", MORE_STATUS)
        .foreignKey(CUSTOMER_REGION)
        .index(index("customer_region_id_idx", "region_id"))
        .build();
    return new Schema(List.of(customer, invoice(), REGION,
        reading(List.of(index("reading_device_ts_idx", "device", "ts DESC")))), List.of());
  }

  private static TableNode invoice() {
    return table("invoice").id("id", "bigint")
        .column(notNull("customer_id", "bigint"))
        .check("invoice_id_check", "id > 0")
        .foreignKey(new ForeignKeyDef("invoice_customer_id_fkey", List.of("customer_id"),
            "customer", List.of("id"), null, null))
        .index(index("invoice_customer_id_idx", "customer_id"))
        .build();
  }

  /** One model change that has a safe plan: its title and the schemas before and after. */
  record SafeChange(String title, Schema before, Schema after) {}

  /** Each change of {@link #safeAfter()} on its own, and the same kinds on a new table. */
  static List<SafeChange> safeChanges() {
    Schema base = safeBefore();
    Schema indexed = withCustomer(customer(true).check("customer_status_check", STATUS)
        .index(index("customer_region_id_idx", "region_id")));
    return List.of(
        new SafeChange("index added to an existing table", base, indexed),
        new SafeChange("index dropped from an existing table", indexed, base),
        new SafeChange("index added to an existing hypertable", base, new Schema(List.of(
            customer(true).check("customer_status_check", STATUS).build(), REGION,
            reading(List.of(index("reading_device_ts_idx", "device", "ts DESC")))), List.of())),
        new SafeChange("unique constraint added to an existing table", base, withCustomer(
            customer(true).check("customer_status_check", STATUS)
                .unique("customer_email_key", "email"))),
        new SafeChange("foreign key added to an existing table", base, withCustomer(
            customer(true).check("customer_status_check", STATUS).foreignKey(CUSTOMER_REGION))),
        new SafeChange("check added to an existing table", base, withCustomer(customer(true)
            .check("customer_email_check", "email LIKE '%@%'")
            .check("customer_status_check", STATUS))),
        new SafeChange("enum value added", base,
            withCustomer(customer(true).check("customer_status_check", MORE_STATUS))),
        new SafeChange("existing column made NOT NULL", base,
            withCustomer(customer(false).check("customer_status_check", STATUS))),
        new SafeChange("the same kinds of change on a table created in the revision", base,
            new Schema(List.of(customer(true).check("customer_status_check", STATUS).build(),
                invoice(), REGION, reading(List.of())), List.of())));
  }

  private static TableNode reading(List<IndexDef> indexes) {
    TableBuilder reading = table("reading")
        .column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer"))
        .column("value", "double precision")
        .hypertable(new TimescaleNode(new HypertableDef("ts", "1 day", null, 0, false), null, null,
            null, null));
    indexes.forEach(reading::index);
    return reading.build();
  }

  /** Identity and generated columns of a new table. */
  static Schema generated() {
    return new Schema(List.of(table("tickets")
        .column(notNull("id", "bigint").identity(IdentityDef.byDefault()))
        .primaryKey("tickets_pkey", "id")
        .column(notNull("number", "integer")
            .identity(IdentityDef.generatedAlways().start(1000).increment(10).cycle()))
        .column(new ColumnDef("seat", "integer", false, "0"))
        .column(notNull("price", "numeric"))
        .column(column("total", "numeric").generatedAs("price * 2"))
        .build()), List.of());
  }

  /** Each identity change and a changed expression on the table of {@link #generated()}. */
  static Schema generatedEvolved() {
    return new Schema(List.of(table("tickets")
        .column(notNull("id", "bigint"))
        .primaryKey("tickets_pkey", "id")
        .column(notNull("number", "integer").identity(IdentityDef.byDefault().maxValue(50000)))
        .column(notNull("seat", "integer").identity(IdentityDef.byDefault()))
        .column(notNull("price", "numeric"))
        .column(column("total", "numeric").generatedAs("price * 3"))
        .build()), List.of());
  }

  /**
   * A table whose column draws from a sequence it owns, and a sequence in a schema of its own.
   */
  static Schema sequences() {
    return new Schema(List.of(table("orders").id("id", "bigint")
        .column(notNull("number", "bigint").defaultValue("nextval('order_no')"))
        .build()), List.of(), List.of(), List.of(), List.of(
            SequenceDef.named("order_no").start(1000).increment(50).ownedBy("orders", "number"),
            SequenceDef.named("billing.invoice_no").maxValue(999999).cycle()));
  }

  /** {@link #sequences()} with changed options, one sequence dropped and another added. */
  static Schema sequencesEvolved() {
    return new Schema(sequences().tables(), List.of(), List.of(), List.of(), List.of(
        SequenceDef.named("order_no").start(1000).increment(10).cache(20)
            .ownedBy("orders", "number"),
        SequenceDef.named("ticket_no").minValue(-99).increment(-1)));
  }

  /** A hypertable created with a hash and a range dimension beyond its time column. */
  static Schema dimensions() {
    return dimensions(new HypertableDef("ts", "1 day", null, 0, false)
        .dimension(DimensionDef.byHash("device", 4)));
  }

  /** {@link #dimensions()} with a range dimension appended to the existing hypertable. */
  static Schema dimensionAdded() {
    return dimensions(new HypertableDef("ts", "1 day", null, 0, false)
        .dimension(DimensionDef.byHash("device", 4)).dimension(DimensionDef.byRange("site", "1000")));
  }

  private static Schema dimensions(HypertableDef hypertable) {
    return new Schema(List.of(table("metrics")
        .column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer"))
        .column(notNull("site", "bigint"))
        .hypertable(new TimescaleNode(hypertable, null, null, null, null))
        .build()), List.of());
  }

  static DiffResult diff(Schema previous, Schema current) {
    return SchemaDiffer.diff(previous, current, Renames.NONE);
  }

  static RenderedRevision render(int sequence, List<String> parents, Schema previous, Schema current,
      Renames renames) {
    return RevisionRenderer.render(PACKAGE, sequence, parents,
        SchemaDiffer.diff(previous, current, renames), current);
  }
}
