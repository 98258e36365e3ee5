package io.tidemark.processor.render;

import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SetNullable;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionRendererTest {
  private static final TableNode USERS = Revisions.USERS;

  private static String message(Operation... ops) {
    return RevisionRenderer.message(List.of(ops), List.of("0001_aaaaaa"));
  }

  @Test
  void message_oneOrTwoChanges_namesThem() {
    assertEquals("create table users", message(USERS.createTable()));
    assertEquals("add users.email", message(new AddColumn("users", column("email", "text"))));
    assertEquals("drop orders.note", message(new DropColumn("orders", "note", null)));
    assertEquals("rename users to accounts", message(new RenameTable("users", "accounts")));
    assertEquals("add users.email, drop orders.note", message(new AddColumn("users", column("email", "text")),
        new DropColumn("orders", "note", null)));
  }

  @Test
  void message_manyChanges_namesTwoAndCountsTheRest() {
    Operation add = new AddColumn("users", column("email", "text"));
    Operation drop = new DropColumn("orders", "note", null);
    Operation nullable = new SetNullable("users", "name", false);
    assertEquals("add users.email, drop orders.note and 1 more change", message(add, drop, nullable));
    assertEquals("add users.email, drop orders.note and 2 more changes",
        message(add, drop, nullable, new SetNullable("users", "id", false)));
  }

  @Test
  void message_opsOnATableCreatedInTheSameRevisionAndSchemas_areNotCounted() {
    assertEquals("create table s.users", message(new CreateSchema("s"), table("s", "users").build().createTable(),
        new CreateIndex("s.users", index("users_name_idx", "name"))));
    assertEquals("create schema s", message(new CreateSchema("s")));
  }

  @Test
  void message_columnChangesComeBeforeDetails() {
    assertEquals("add users.email, make users.name not null", message(new SetNullable("users", "name", false),
        new AddColumn("users", column("email", "text"))));
  }

  @Test
  void message_mergeOfTwoHeads_namesThem() {
    assertEquals("merge 0002_aaaaaa and 0002_bbbbbb",
        RevisionRenderer.message(List.of(), List.of("0002_aaaaaa", "0002_bbbbbb")));
    assertEquals("merge 0002_a, 0002_b and 0002_c",
        RevisionRenderer.message(List.of(), List.of("0002_a", "0002_b", "0002_c")));
  }

  @Test
  void render_idIsSequenceAndSixHexDigits_andClassNameHoldsIdAndMessage() {
    RenderedRevision revision = Revisions.render(2, List.of("0001_9f8e7d"), schema(USERS),
        schema(Revisions.USERS_WITH_EMAIL), Renames.NONE);
    assertTrue(revision.id().matches("0002_[0-9a-f]{6}"), revision.id());
    assertEquals("Rev" + revision.id() + "_AddUsersEmail", revision.className());
    assertEquals("add users.email", revision.message());
    assertEquals(SnapshotCodec.write(schema(Revisions.USERS_WITH_EMAIL)), revision.snapshotJson());
  }

  @Test
  void render_sameInputTwice_givesIdenticalOutput() {
    RenderedRevision first = Revisions.render(1, List.of(), Schema.EMPTY, Revisions.timescale(), Renames.NONE);
    RenderedRevision second = Revisions.render(1, List.of(), Schema.EMPTY, Revisions.timescale(), Renames.NONE);
    assertEquals(first, second);
  }

  @Test
  void render_sameChangeOnAnotherParentOrSnapshot_getsAnotherId() {
    RenderedRevision onA = Revisions.render(2, List.of("0001_aaaaaa"), schema(USERS),
        schema(Revisions.USERS_WITH_EMAIL), Renames.NONE);
    RenderedRevision onB = Revisions.render(2, List.of("0001_bbbbbb"), schema(USERS),
        schema(Revisions.USERS_WITH_EMAIL), Renames.NONE);
    assertNotEquals(onA.id(), onB.id());
    DiffResult diff = Revisions.diff(schema(USERS), schema(Revisions.USERS_WITH_EMAIL));
    RenderedRevision otherSnapshot = RevisionRenderer.render(Revisions.PACKAGE, 2, List.of("0001_aaaaaa"), diff,
        schema(Revisions.USERS_WITH_EMAIL, table("extra").build()));
    assertNotEquals(onA.id(), otherSnapshot.id());
  }

  @Test
  void render_alterColumnTypeOnReservedWord_quotesTheColumnInTheCast() {
    TableNode before = table("t").column("order", "integer").column("Total", "integer").build();
    TableNode after = table("t").column("order", "bigint").column("Total", "bigint").build();
    String source = Revisions.render(2, List.of("0001_aaaaaa"), schema(before), schema(after), Renames.NONE)
        .javaSource();
    assertTrue(source.contains("op.alterColumnType(\"t\", \"order\", \"bigint\", \"\\\"order\\\"::bigint\");"), source);
    assertTrue(source.contains("op.alterColumnType(\"t\", \"Total\", \"bigint\", \"\\\"Total\\\"::bigint\");"), source);
  }

  @Test
  void render_conversionBothWays_explainsItselfInComments() {
    TableNode plain = Revisions.hegemony(null);
    TableNode hyper = Revisions.hegemony(Nodes.hypertable("timebin", "2 days"));
    String source = Revisions.render(2, List.of("0001_aaaaaa"), schema(plain), schema(hyper), Renames.NONE)
        .javaSource();
    assertTrue(source.contains("    // converts existing rows: locks and rewrites the table\n"
        + "    op.createHypertable(\"hegemony\", hypertable(\"timebin\").chunkTimeInterval(\"2 days\")\n"
        + "        .migrateData());\n"),
        source);
    assertTrue(source.contains("    // copies every row into a new plain table: locks and rewrites the table\n"
        + "    op.convertToPlainTable(\"hegemony\");\n"), source);
  }

  @Test
  void render_renamedIndexAndUnique_rendersRenameCallsBothWays() {
    TableNode before = table("users").column("email", "text").unique("users_email_key", "email")
        .index(index("users_email_idx", "email")).build();
    TableNode after = table("users").column("email", "text").unique("users_email_uq", "email")
        .index(index("by_email", "email")).build();
    RenderedRevision revision = Revisions.render(2, List.of("0001_aaaaaa"), schema(before), schema(after),
        Renames.NONE);
    assertTrue(revision.javaSource().contains("  public void upgrade(Operations op) {\n"
        + "    op.renameConstraint(\"users\", \"users_email_key\", \"users_email_uq\");\n"
        + "    op.renameIndex(\"users\", \"users_email_idx\", \"by_email\");\n  }\n"), revision.javaSource());
    assertTrue(revision.javaSource().contains("  public void downgrade(Operations op) {\n"
        + "    op.renameIndex(\"users\", \"by_email\", \"users_email_idx\");\n"
        + "    op.renameConstraint(\"users\", \"users_email_uq\", \"users_email_key\");\n  }\n"),
        revision.javaSource());
    assertEquals("rename constraint users_email_key to users_email_uq, rename index users_email_idx to by_email",
        revision.message());
  }
}
