package io.tidemark.processor.lint;

import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.SetNullable;
import io.tidemark.processor.diff.Renames;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.processor.model.Acknowledgement;
import io.tidemark.processor.model.Place;
import io.tidemark.processor.model.Reporter;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two-step drops without javac: what stays in the schema, and what the first step changes. */
class PendingDropsTest {
  private static final TableNode USERS = table("users").id("id", "bigint")
      .column(notNull("legacy", "text")).column(column("note", "text"))
      .column(notNull("kind", "text").defaultValue("'a'")).build();
  private static final TableNode AUDIT = table("audit").id("id", "bigint").build();
  private static final TableNode SLIM = table("users").id("id", "bigint").build();

  private static PendingDrops.Result keep(Schema previous, Schema declared, Acknowledgement... acks) {
    var upgrade = SchemaDiffer.diff(previous, declared, Renames.NONE).upgrade();
    return PendingDrops.keep(previous, declared, upgrade,
        new Acknowledgements(List.of(acks), new Reporter(null)));
  }

  private static Acknowledgement ack(String rule, String table, String column) {
    Place nowhere = new Place(null, null, null);
    return new Acknowledgement(rule, "unused since 4.2", table, column, nowhere, nowhere);
  }

  @Test
  void keep_columnsAndTableLeftWithoutAcknowledgement_stayAndNotNullWithoutDefaultRelaxes() {
    PendingDrops.Result result = keep(schema(USERS, AUDIT), schema(SLIM));

    TableNode users = result.schema().tables().stream()
        .filter(t -> t.name().equals("users")).findFirst().orElseThrow();
    assertEquals(List.of(notNull("id", "bigint"), column("legacy", "text"), column("note", "text"),
        notNull("kind", "text").defaultValue("'a'")), users.columns());
    assertEquals(List.of("audit", "users"),
        result.schema().tables().stream().map(TableNode::name).toList());
    assertEquals(List.of("TM209 users.legacy", "TM209 users.note", "TM209 users.kind",
        "TM210 audit"), result.pending().stream().map(v -> v.rule().code() + " " + v.table()
            + (v.column() == null ? "" : "." + v.column())).toList());
  }

  @Test
  void keep_firstStep_onlyRelaxesTheNotNullColumn() {
    Schema previous = schema(USERS, AUDIT);
    PendingDrops.Result result = keep(previous, schema(SLIM));

    assertEquals(List.of(new SetNullable("users", "legacy", true)),
        SchemaDiffer.diff(previous, result.schema(), Renames.NONE).upgrade());
  }

  @Test
  void keep_secondCompile_isStableAndChangesNothing() {
    Schema afterStepOne = keep(schema(USERS, AUDIT), schema(SLIM)).schema();

    PendingDrops.Result again = keep(afterStepOne, schema(SLIM));

    assertEquals(afterStepOne, again.schema());
    assertEquals(List.of(), SchemaDiffer.diff(afterStepOne, again.schema(), Renames.NONE).upgrade());
  }

  @Test
  void keep_acknowledgedColumnAndTable_areDropped() {
    Schema previous = schema(USERS, AUDIT);
    PendingDrops.Result result = keep(previous, schema(SLIM), ack("dropColumn", "users", null),
        ack("TM210", "audit", null));

    assertEquals(schema(SLIM), result.schema());
    assertEquals(List.of(), result.pending());
    assertEquals(3, SchemaDiffer.diff(previous, result.schema(), Renames.NONE).upgrade().stream()
        .filter(DropColumn.class::isInstance).count());
  }

  @Test
  void keep_acknowledgementOfOneColumn_keepsTheOthers() {
    PendingDrops.Result result = keep(schema(USERS), schema(SLIM), ack("dropColumn", "users", "note"));

    assertEquals(List.of("legacy", "kind"), result.pending().stream().map(Violation::column).toList());
  }

  @Test
  void keep_columnOfRenamedTable_staysUnderTheNewName() {
    TableNode accounts = table("accounts").id("id", "bigint").build();
    Renames renamed = new Renames(Map.of("accounts", "users"), Map.of());
    var upgrade = SchemaDiffer.diff(schema(USERS), schema(accounts), renamed).upgrade();

    PendingDrops.Result result = PendingDrops.keep(schema(USERS), schema(accounts), upgrade,
        new Acknowledgements(List.of(), new Reporter(null)));

    assertEquals(List.of("accounts"),
        result.schema().tables().stream().map(TableNode::name).toList());
    assertEquals(List.of("id", "legacy", "note", "kind"), result.schema().tables().get(0)
        .columns().stream().map(c -> c.name()).toList());
    assertEquals("accounts", result.pending().get(0).table());
  }
}
