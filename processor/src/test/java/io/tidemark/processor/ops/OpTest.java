package io.tidemark.processor.ops;

import static io.tidemark.processor.snapshot.Nodes.column;
import static io.tidemark.processor.snapshot.Nodes.index;
import static io.tidemark.processor.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.processor.snapshot.AggregateNode;
import io.tidemark.processor.snapshot.CheckNode;
import io.tidemark.processor.snapshot.CompressionNode;
import io.tidemark.processor.snapshot.ForeignKeyNode;
import io.tidemark.processor.snapshot.HypertableNode;
import io.tidemark.processor.snapshot.PrimaryKeyNode;
import io.tidemark.processor.snapshot.RefreshNode;
import io.tidemark.processor.snapshot.TableNode;
import io.tidemark.processor.snapshot.UniqueNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OpTest {
  private static final TableNode USERS = table("users").id("id", "bigint").build();
  private static final HypertableNode HYPERTABLE = new HypertableNode("ts", "1 day", null, 0, null, null, null);
  private static final CompressionNode COMPRESSION = new CompressionNode(List.of("device"), List.of("ts DESC"), "7 days");
  private static final AggregateNode HOURLY = new AggregateNode("", "hourly", "com.acme.Hourly", "SELECT 1", true, null);
  private static final RefreshNode REFRESH = new RefreshNode("3 days", "1 hour", "1 hour");
  private static final ForeignKeyNode KEY = new ForeignKeyNode("o_u_fkey", List.of("u"), "users", List.of("id"), null, null);

  /** Each op paired with the reverse it must have. */
  static final List<List<Op>> PAIRS = List.of(
      List.of(new CreateSchema("s"), new DropSchema("s")),
      List.of(new CreateTable(USERS), new DropTable(USERS)),
      List.of(new RenameTable("users", "accounts"), new RenameTable("accounts", "users")),
      List.of(new AddColumn("users", column("email", "text")), new DropColumn("users", column("email", "text"))),
      List.of(new RenameColumn("users", "name", "full_name"), new RenameColumn("users", "full_name", "name")),
      List.of(new AlterColumnType("users", "n", "integer", "bigint"), new AlterColumnType("users", "n", "bigint", "integer")),
      List.of(new SetNullable("users", "n", false), new SetNullable("users", "n", true)),
      List.of(new SetDefault("users", "n", null, "0"), new SetDefault("users", "n", "0", null)),
      List.of(new AddPrimaryKey("users", new PrimaryKeyNode("users_pkey", List.of("id"))),
          new DropPrimaryKey("users", new PrimaryKeyNode("users_pkey", List.of("id")))),
      List.of(new AddUnique("users", new UniqueNode("users_e_key", List.of("e"))),
          new DropUnique("users", new UniqueNode("users_e_key", List.of("e")))),
      List.of(new AddCheck("users", new CheckNode("users_n_check", "n > 0")),
          new DropCheck("users", new CheckNode("users_n_check", "n > 0"))),
      List.of(new AddForeignKey("orders", KEY), new DropForeignKey("orders", KEY)),
      List.of(new CreateIndex("users", index("users_e_idx", "e")), new DropIndex("users", index("users_e_idx", "e"))),
      List.of(new RenameConstraint("accounts", "users_pkey", "accounts_pkey"),
          new RenameConstraint("accounts", "accounts_pkey", "users_pkey")),
      List.of(new RenameIndex("accounts", "users_e_idx", "accounts_e_idx"),
          new RenameIndex("accounts", "accounts_e_idx", "users_e_idx")),
      List.of(new CreateHypertable("m", HYPERTABLE, true), new ConvertToPlainTable("m", HYPERTABLE, true)),
      List.of(new SetChunkTimeInterval("m", "1 day", "2 days"), new SetChunkTimeInterval("m", "2 days", "1 day")),
      List.of(new EnableCompression("m", COMPRESSION), new DisableCompression("m", COMPRESSION)),
      List.of(new AddCompressionPolicy("m", "7 days"), new RemoveCompressionPolicy("m", "7 days")),
      List.of(new AddRetentionPolicy("m", "90 days"), new RemoveRetentionPolicy("m", "90 days")),
      List.of(new AddReorderPolicy("m", "m_idx"), new RemoveReorderPolicy("m", "m_idx")),
      List.of(new CreateContinuousAggregate(HOURLY), new DropContinuousAggregate(HOURLY)),
      List.of(new SetMaterializedOnly("hourly", false), new SetMaterializedOnly("hourly", true)),
      List.of(new AddRefreshPolicy("hourly", REFRESH), new RemoveRefreshPolicy("hourly", REFRESH)));

  @Test
  void reverse_ofEachOp_isItsCounterpart_andReversingTwiceGivesTheOpBack() {
    for (List<Op> pair : PAIRS) {
      assertEquals(pair.get(1), pair.get(0).reverse(), pair.get(0).toString());
      assertEquals(pair.get(0), pair.get(1).reverse(), pair.get(1).toString());
      assertEquals(pair.get(0), pair.get(0).reverse().reverse());
    }
  }

  @Test
  void pairs_coverEveryOp() {
    Set<String> covered = PAIRS.stream().flatMap(List::stream).map(op -> op.getClass().getSimpleName())
        .collect(Collectors.toSet());
    Set<String> permitted = Arrays.stream(Op.class.getPermittedSubclasses()).map(Class::getSimpleName)
        .collect(Collectors.toSet());
    assertEquals(permitted, covered);
  }

  @Test
  void createHypertable_withoutMigrate_reversesToAConversionThatRecreatesIt() {
    Op reverse = new CreateHypertable("m", HYPERTABLE, false).reverse();
    assertEquals(new ConvertToPlainTable("m", HYPERTABLE, false), reverse);
    assertEquals(new CreateHypertable("m", HYPERTABLE, false), reverse.reverse());
  }

  @Test
  void subject_isTheTableOrViewChanged() {
    assertEquals("users", new CreateTable(USERS).subject());
    assertEquals("s.t", new DropTable(table("s", "t").build()).subject());
    assertEquals("users", new RenameTable("users", "accounts").subject());
    assertEquals("hourly", new DropContinuousAggregate(HOURLY).subject());
    assertEquals("m", new AddRetentionPolicy("m", "1 day").subject());
    assertEquals("s", new CreateSchema("s").subject());
  }

  @Test
  void localToSubject_isFalseForOpsThatTouchMoreThanTheirSubject() {
    assertFalse(new AddForeignKey("orders", KEY).localToSubject());
    assertFalse(new DropForeignKey("orders", KEY).localToSubject());
    assertFalse(new DropTable(USERS).localToSubject());
    assertFalse(new CreateSchema("s").localToSubject());
    assertTrue(new DisableCompression("m", COMPRESSION).localToSubject());
    assertTrue(new DropIndex("users", index("users_e_idx", "e")).localToSubject());
    assertTrue(new RemoveRefreshPolicy("hourly", REFRESH).localToSubject());
  }

  @Test
  void accept_dispatchesToTheMethodNamedAfterTheOp() {
    for (List<Op> pair : PAIRS) {
      for (Op op : pair) {
        assertEquals("visit" + op.getClass().getSimpleName(), op.accept(NameVisitor.INSTANCE));
      }
    }
  }

  @Test
  void constructor_withoutTable_namesTheMissingField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new AddColumn(null, column("a", "text")));
    assertEquals("table", e.getMessage());
  }
}
