package io.tidemark.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityWriterTest {
  private static final TableNode CUSTOMER = new TableNode("", "customer", "", List.of(
      new ColumnDef("id", "bigserial", false, null),
      new ColumnDef("email", "character varying(200)", false, null),
      new ColumnDef("status", "text", false, "'ACTIVE'::text"),
      new ColumnDef("balance", "numeric(12,2)", true, null),
      new ColumnDef("tags", "text[]", true, null),
      new ColumnDef("class", "integer", true, null),
      new ColumnDef("createdAt", "timestamp with time zone", false, "now()")),
      new PrimaryKeyDef("customer_pkey", List.of("id")),
      List.of(new UniqueDef("customer_email_key", List.of("email")),
          new UniqueDef("customer_status_class", List.of("status", "class"))),
      List.of(new CheckDef("customer_check1", "(balance >= (0)::numeric)"),
          new CheckDef("customer_status_check", "(status <> ''::text)")),
      List.of(),
      List.of(new IndexDef("customer_tags_idx", List.of("tags"), false, null, "gin", List.of(),
          false), new IndexDef("by_status", List.of("status", "email DESC"), false,
          "(balance > (0)::numeric)", null, List.of("class"), false)),
      null);

  private static final TableNode READING = new TableNode("metrics", "reading", "", List.of(
      new ColumnDef("ts", "timestamp with time zone", false, null),
      new ColumnDef("customer_id", "bigint", false, null),
      new ColumnDef("value", "double precision", true, null)),
      new PrimaryKeyDef("reading_pkey", List.of("ts", "customer_id")), List.of(), List.of(),
      List.of(new ForeignKeyDef("reading_customer_id_fkey", List.of("customer_id"), "customer",
          List.of("id"), "CASCADE", null)),
      List.of(new IndexDef("reading_customer_id_ts_idx", List.of("customer_id", "ts DESC"), false,
          null, null, List.of(), false)),
      new TimescaleNode(new HypertableDef("ts", "1 day", null, 0, false),
          new CompressionDef(List.of("customer_id"), List.of("ts DESC")), "7 days", "90 days",
          "reading_customer_id_ts_idx"));

  private static final AggregateNode HOURLY = new AggregateNode("", "reading_hourly", "",
      "SELECT time_bucket('01:00:00'::interval, ts) AS bucket,\n    avg(value) AS avg\n"
          + "   FROM metrics.reading\n  GROUP BY (time_bucket('01:00:00'::interval, ts))", true,
      new RefreshDef("3 days", "1 hour", "30 minutes"));

  @Test
  void write_table_annotatesOnlyWhatDiffersFromTheDefaults() {
    String source = write(CUSTOMER, null).get(0);
    assertEquals("""
        @Table
        @Index(
            name = "by_status",
            columns = {
                "status",
                "email DESC"
            },
            where = "(balance > (0)::numeric)",
            include = "class"
        )
        @Index(
            columns = "tags",
            using = "gin"
        )
        @Unique(
            name = "customer_status_class",
            columns = {
                "status",
                "class"
            }
        )
        @Check(
            expression = "(balance >= (0)::numeric)"
        )
        @Check(
            name = "customer_status_check",
            expression = "(status <> ''::text)"
        )
        public record Customer(@Id @Column(type = "bigserial") long id,
            @Column(nullable = false, unique = true, length = 200) String email,
            @Column(nullable = false, defaultValue = "'ACTIVE'::text") String status,
            @Column(precision = 12, scale = 2) BigDecimal balance, @Column(type = "text[]") String tags,
            @Column(name = "class") Integer class_,
            @Column(name = "createdAt", nullable = false, defaultValue = "now()") Instant createdAt) {
        }
        """, source.substring(source.indexOf("@Table")));
  }

  @Test
  void write_hypertableAndAggregate_carryTheirSettings() {
    List<String> sources = write(READING, HOURLY);
    assertTrue(sources.get(0).contains("""
        @Table(
            schema = "metrics"
        )
        @Hypertable(
            timeColumn = "ts",
            chunkTimeInterval = "1 day",
            compression = @Compression(segmentBy = "customer_id", orderBy = "ts DESC", after = "7 days"),
            dropAfter = "90 days",
            reorderIndex = "reading_customer_id_ts_idx"
        )
        """), sources.get(0));
    assertTrue(sources.get(0).contains("""
        public record Reading(@Id Instant ts,
            @Id @References(table = "customer", column = "id", onDelete = "CASCADE") long customerId,
            Double value) {
        """), sources.get(0));
    assertTrue(sources.get(1).contains("""
        @ContinuousAggregate(
            query = "SELECT time_bucket('01:00:00'::interval, ts) AS bucket,\\n"
                    + "    avg(value) AS avg\\n"
        """), sources.get(1));
    assertTrue(sources.get(1).contains("refresh = @Refresh(startOffset = \"3 days\", endOffset"
        + " = \"1 hour\", scheduleInterval = \"30 minutes\")"), sources.get(1));
  }

  @Test
  void write_twoTablesOfOneName_secondClassTakesItsSchema() {
    TableNode other = new TableNode("sales", "customer", "", CUSTOMER.columns(), null, List.of(),
        List.of(), List.of(), List.of(), null);
    List<String> sources = new EntityWriter("com.acme.model")
        .write(new Schema(List.of(CUSTOMER, other), List.of())).stream()
        .map(Object::toString).toList();
    assertTrue(sources.get(1).contains("public record SalesCustomer("), sources.get(1));
    assertTrue(sources.get(1).contains("@Table(\n    name = \"customer\",\n    schema = \"sales\"\n)"),
        sources.get(1));
  }

  private static List<String> write(TableNode table, AggregateNode aggregate) {
    Schema schema = new Schema(List.of(table), aggregate == null ? List.of() : List.of(aggregate));
    return new EntityWriter("com.acme.model").write(schema).stream().map(Object::toString)
        .toList();
  }
}
