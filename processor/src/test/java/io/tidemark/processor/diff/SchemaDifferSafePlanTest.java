package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.dropConstraint;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.foreignKey;
import static io.tidemark.snapshot.Nodes.hypertable;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an existing table gains is added without blocking its writers for a scan; the same
 * additions on a table created in the same revision keep the plain ops.
 */
class SchemaDifferSafePlanTest {
  private static final TableNode USERS = table("users").id("id", "bigint").build();
  private static final TableNode PLAIN = table("t").id("id", "bigint").column("a", "integer")
      .column("u", "bigint").build();
  private static final TimescaleNode HYPERTABLE = hypertable("ts", "1 day");
  private static final TableNode METRICS = table("m").column(notNull("ts", "timestamptz"))
      .column("a", "integer").hypertable(HYPERTABLE).build();

  @Test
  void diff_indexOnExistingTable_isBuiltConcurrentlyAndDroppedConcurrently() {
    IndexDef index = index("t_a_idx", "a");
    TableNode indexed = table("t").id("id", "bigint").column("a", "integer").column("u", "bigint")
        .index(index).build();
    DiffResult added = diff(schema(PLAIN), schema(indexed));
    assertEquals(List.of(new CreateIndex("t", index.concurrently())), added.upgrade());
    assertEquals(List.of(new DropIndex("t", "t_a_idx", true, index.concurrently())),
        added.downgrade());
    DiffResult dropped = diff(schema(indexed), schema(PLAIN));
    assertEquals(added.downgrade(), dropped.upgrade());
    assertEquals(added.upgrade(), dropped.downgrade());
  }

  @Test
  void diff_indexOnNewTable_keepsThePlainBuild() {
    IndexDef index = index("t_a_idx", "a");
    TableNode indexed = table("t").column("a", "integer").index(index).build();
    assertEquals(new CreateIndex("t", index), diff(schema(), schema(indexed)).upgrade().get(1));
  }

  @Test
  void diff_indexOnExistingHypertable_isBuiltOneChunkPerTransactionAndDroppedPlainly() {
    IndexDef index = index("m_a_idx", "a", "ts DESC");
    TableNode indexed = table("m").column(notNull("ts", "timestamptz")).column("a", "integer")
        .index(index).hypertable(HYPERTABLE).build();
    DiffResult added = diff(schema(METRICS), schema(indexed));
    assertEquals(List.of(new CreateIndex("m", index.transactionPerChunk())), added.upgrade());
    assertEquals(List.of(new DropIndex("m", "m_a_idx", false, index.transactionPerChunk())),
        added.downgrade());
    assertEquals(added.downgrade(), diff(schema(indexed), schema(METRICS)).upgrade());
  }

  @Test
  void diff_uniqueIndexOnExistingHypertable_staysAPlainBuild() {
    IndexDef index = index("m_a_ts_key", "a", "ts").unique();
    TableNode indexed = table("m").column(notNull("ts", "timestamptz")).column("a", "integer")
        .index(index).hypertable(HYPERTABLE).build();
    assertEquals(List.of(new CreateIndex("m", index)),
        diff(schema(METRICS), schema(indexed)).upgrade());
  }

  @Test
  void diff_uniqueOnExistingTable_buildsItsIndexConcurrentlyAndTakesItOver() {
    TableNode unique = table("t").id("id", "bigint").column("a", "integer").column("u", "bigint")
        .unique("t_a_key", "a").build();
    DiffResult result = diff(schema(PLAIN), schema(unique));
    UniqueDef key = new UniqueDef("t_a_key", List.of("a"));
    assertEquals(List.of(
        new CreateIndex("t", index("t_a_key", "a").unique().concurrently()),
        new AddConstraint("t", key.usingIndex("t_a_key"))), result.upgrade());
    assertEquals(List.of(new DropConstraint("t", "t_a_key", key.usingIndex("t_a_key"))),
        result.downgrade(), "dropping the constraint drops its index");
  }

  @Test
  void diff_primaryKeyOnExistingTable_takesOverAnIndexAfterItsColumnIsNotNull() {
    TableNode without = table("t").column("id", "bigint").column(notNull("Order Key", "text"))
        .build();
    TableNode keyed = table("t").column(notNull("id", "bigint"))
        .column(notNull("Order Key", "text")).primaryKey("t_pkey", "id", "Order Key").build();
    DiffResult result = diff(schema(without), schema(keyed));
    PrimaryKeyDef key = new PrimaryKeyDef("t_pkey", List.of("id", "Order Key"));
    CheckDef proof = SafePlan.notNullCheck("t", "id");
    assertEquals(List.of(
        new AddConstraint("t", proof),
        new CreateIndex("t", index("t_pkey", "id", "\"Order Key\"").unique().concurrently()),
        new ValidateConstraint("t", proof.name()),
        new SetNullable("t", "id", false),
        new DropConstraint("t", proof.name(), proof),
        new AddConstraint("t", key.usingIndex("t_pkey"))), result.upgrade());
    assertEquals(List.of(new DropConstraint("t", "t_pkey", key.usingIndex("t_pkey")),
        new SetNullable("t", "id", true)), result.downgrade());
  }

  @Test
  void diff_primaryKeyOnExistingHypertable_buildsItsOwnIndex() {
    TableNode keyed = table("m").column(notNull("ts", "timestamptz")).column("a", "integer")
        .primaryKey("m_pkey", "ts").hypertable(HYPERTABLE).build();
    assertEquals(List.of(new AddConstraint("m", new PrimaryKeyDef("m_pkey", List.of("ts")))),
        diff(schema(METRICS), schema(keyed)).upgrade());
  }

  @Test
  void diff_foreignKeyOnExistingTable_isAddedNotValidThenValidated() {
    ForeignKeyDef key = foreignKey("t_u_fkey", "u", "users", "id");
    TableNode referencing = table("t").id("id", "bigint").column("a", "integer")
        .column("u", "bigint").foreignKey(key).build();
    DiffResult result = diff(schema(PLAIN, USERS), schema(referencing, USERS));
    assertEquals(List.of(new AddConstraint("t", key.notValid()),
        new ValidateConstraint("t", "t_u_fkey")), result.upgrade());
    assertEquals(List.of(new DropConstraint("t", "t_u_fkey", key.notValid())),
        result.downgrade());
  }

  @Test
  void diff_foreignKeyOnNewTable_isAddedValidated() {
    ForeignKeyDef key = foreignKey("t_u_fkey", "u", "users", "id");
    TableNode referencing = table("t").id("id", "bigint").column("u", "bigint").foreignKey(key)
        .build();
    List<?> upgrade = diff(schema(USERS), schema(referencing, USERS)).upgrade();
    assertEquals(new AddConstraint("t", key), upgrade.get(upgrade.size() - 1));
  }

  @Test
  void diff_checkAndEnumValueOnExistingTable_replaceInOneTransactionThenValidate() {
    TableNode before = table("t").column("status", "text")
        .check("t_status_check", "status IN ('NEW', 'DONE')").build();
    TableNode after = table("t").column("status", "text")
        .check("t_positive", "length(status) > 0")
        .check("t_status_check", "status IN ('NEW', 'DONE', 'LATE')").build();
    DiffResult result = diff(schema(before), schema(after));
    CheckDef old = new CheckDef("t_status_check", "status IN ('NEW', 'DONE')");
    CheckDef positive = new CheckDef("t_positive", "length(status) > 0");
    CheckDef values = new CheckDef("t_status_check", "status IN ('NEW', 'DONE', 'LATE')");
    assertEquals(List.of(
        dropConstraint("t", old),
        new AddConstraint("t", positive.notValid()),
        new AddConstraint("t", values.notValid()),
        new ValidateConstraint("t", "t_positive"),
        new ValidateConstraint("t", "t_status_check")), result.upgrade());
    assertEquals(List.of(
        new DropConstraint("t", "t_status_check", values.notValid()),
        new DropConstraint("t", "t_positive", positive.notValid()),
        new AddConstraint("t", old)), result.downgrade());
  }

  @Test
  void diff_setNotNullOnExistingColumn_goesThroughAValidatedCheck_andDowngradesToDropNotNull() {
    TableNode before = table("s", "t").column("email", "text").build();
    TableNode after = table("s", "t").column(notNull("email", "text")).build();
    DiffResult result = diff(schema(before), schema(after));
    CheckDef proof = new CheckDef("t_email_not_null_check", "email IS NOT NULL").notValid();
    assertEquals(proof, SafePlan.notNullCheck("s.t", "email"));
    assertEquals(List.of(
        new AddConstraint("s.t", proof),
        new ValidateConstraint("s.t", "t_email_not_null_check"),
        new SetNullable("s.t", "email", false),
        new DropConstraint("s.t", "t_email_not_null_check", proof)), result.upgrade());
    assertEquals(List.of(new SetNullable("s.t", "email", true)), result.downgrade());
    assertEquals(List.of(new SetNullable("s.t", "email", true)),
        diff(schema(after), schema(before)).upgrade(), "DROP NOT NULL reads no rows");
  }

  @Test
  void notNullCheck_longNamesAndQuotedColumns_fitAndQuote() {
    String column = "A".repeat(60);
    CheckDef check = SafePlan.notNullCheck("t", column);
    assertEquals(63, check.name().length());
    assertEquals("\"" + column + "\" IS NOT NULL", check.expression());
  }
}
