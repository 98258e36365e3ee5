package io.tidemark.processor.render;

import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.table;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.snapshot.AggregateNode;
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

  static DiffResult diff(Schema previous, Schema current) {
    return SchemaDiffer.diff(previous, current, Renames.NONE);
  }

  static RenderedRevision render(int sequence, List<String> parents, Schema previous, Schema current,
      Renames renames) {
    return RevisionRenderer.render(PACKAGE, sequence, parents,
        SchemaDiffer.diff(previous, current, renames), current);
  }
}
