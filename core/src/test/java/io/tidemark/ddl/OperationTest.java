package io.tidemark.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OperationTest {
  private static final ColumnDef EMAIL = new ColumnDef("email", "text", true, null);
  private static final ColumnDef N = new ColumnDef("n", "integer", false, "0");
  private static final CreateTable USERS = new CreateTable("users",
      List.of(new ColumnDef("id", "bigint", false, null)),
      List.of(new PrimaryKeyDef("users_pkey", List.of("id"))));
  private static final IdentityDef IDENTITY = IdentityDef.generatedAlways().start(100);
  private static final SequenceDef ORDER_NO =
      SequenceDef.named("s.order_no").start(1000).increment(50);
  private static final HypertableDef HYPERTABLE = new HypertableDef("ts", "1 day", null, 0, false);
  private static final CompressionDef COMPRESSION =
      new CompressionDef(List.of("device"), List.of("ts DESC"));
  private static final CreateContinuousAggregate HOURLY =
      new CreateContinuousAggregate("hourly", "SELECT 1", true);
  private static final CreateView ACTIVE =
      new CreateView("active", "SELECT id FROM users", false, true);
  private static final CreateView TOTALS =
      new CreateView("totals", "SELECT count(*) FROM users", true, false);
  private static final RefreshDef REFRESH = new RefreshDef("3 days", "1 hour", "1 hour");
  private static final ForeignKeyDef KEY =
      new ForeignKeyDef("o_u_fkey", List.of("u"), "users", List.of("id"), null, null);
  private static final IndexDef INDEX =
      new IndexDef("users_e_idx", List.of("e"), false, null, null, List.of(), false);

  /** Each operation paired with the reverse it must have. */
  static final List<List<Operation>> PAIRS = List.of(
      List.of(new CreateExtension("timescaledb"),
          new NoChange(new CreateExtension("timescaledb"))),
      List.of(new CreateSchema("s"), new DropSchema("s")),
      List.of(USERS, new DropTable("users", USERS)),
      List.of(new RenameTable("app.users", "accounts"), new RenameTable("app.accounts", "users")),
      List.of(new AddColumn("users", EMAIL), new DropColumn("users", "email", EMAIL)),
      List.of(new RenameColumn("users", "name", "full_name"),
          new RenameColumn("users", "full_name", "name")),
      List.of(new AlterColumnType("users", "n", "bigint", "n::bigint", N),
          new AlterColumnType("users", "n", "integer", "n::integer",
              new ColumnDef("n", "bigint", false, "0"))),
      List.of(new SetNullable("users", "n", false), new SetNullable("users", "n", true)),
      List.of(new SetDefault("users", "n", "1", N),
          new SetDefault("users", "n", "0", N.defaultValue("1"))),
      List.of(new AddIdentity("users", "id", IDENTITY),
          new DropIdentity("users", "id", IDENTITY)),
      List.of(new AlterIdentity("users", "id", IDENTITY.increment(10), IDENTITY),
          new AlterIdentity("users", "id", IDENTITY, IDENTITY.increment(10))),
      List.of(new AddConstraint("orders", KEY), new DropConstraint("orders", "o_u_fkey", KEY)),
      List.of(new RenameConstraint("accounts", "users_pkey", "accounts_pkey"),
          new RenameConstraint("accounts", "accounts_pkey", "users_pkey")),
      List.of(new ValidateConstraint("orders", "o_u_fkey"),
          new NoChange(new ValidateConstraint("orders", "o_u_fkey"))),
      List.of(new AddConstraint("orders", KEY.notValid()),
          new DropConstraint("orders", "o_u_fkey", KEY.notValid())),
      List.of(new CreateIndex("users", INDEX.concurrently()),
          new DropIndex("users", "users_e_idx", true, INDEX.concurrently())),
      List.of(new CreateIndex("m", INDEX.transactionPerChunk()),
          new DropIndex("m", "users_e_idx", false, INDEX.transactionPerChunk())),
      List.of(new CreateIndex("users", INDEX), new DropIndex("users", "users_e_idx", false, INDEX)),
      List.of(new RenameIndex("accounts", "users_e_idx", "accounts_e_idx"),
          new RenameIndex("accounts", "accounts_e_idx", "users_e_idx")),
      List.of(new CreateHypertable("m", HYPERTABLE.migrateData()),
          new ConvertToPlainTable("m", HYPERTABLE.migrateData())),
      List.of(new AddDimension("m", DimensionDef.byHash("device", 4)),
          new NoChange(new AddDimension("m", DimensionDef.byHash("device", 4)))),
      List.of(new SetChunkTimeInterval("m", "2 days", HYPERTABLE),
          new SetChunkTimeInterval("m", "1 day", HYPERTABLE.chunkTimeInterval("2 days"))),
      List.of(new EnableCompression("m", COMPRESSION), new DisableCompression("m", COMPRESSION)),
      List.of(new AddCompressionPolicy("m", "7 days"), new RemoveCompressionPolicy("m", "7 days")),
      List.of(new EnableCompression("hourly", COMPRESSION, true, true),
          new DisableCompression("hourly", COMPRESSION, true, true)),
      List.of(new AddCompressionPolicy("m", "7 days", true),
          new RemoveCompressionPolicy("m", "7 days", true)),
      List.of(new AddRetentionPolicy("m", "90 days"), new RemoveRetentionPolicy("m", "90 days")),
      List.of(new AddReorderPolicy("m", "m_idx"), new RemoveReorderPolicy("m", "m_idx")),
      List.of(HOURLY, new DropContinuousAggregate("hourly", HOURLY)),
      List.of(new SetMaterializedOnly("hourly", false), new SetMaterializedOnly("hourly", true)),
      List.of(new AddRefreshPolicy("hourly", REFRESH), new RemoveRefreshPolicy("hourly", REFRESH)),
      List.of(new CreateEnumType("s.status", List.of("NEW", "PAID")),
          new DropEnumType("s.status", List.of("NEW", "PAID"))),
      List.of(new AlterEnumType("status", List.of("NEW", "OLD"), List.of("NEW", "PAID", "DONE"),
              Map.of("OLD", "DONE"), List.of(new EnumColumn("orders", "status", null))),
          new AlterEnumType("status", List.of("NEW", "PAID", "DONE"), List.of("NEW", "OLD"),
              Map.of("DONE", "OLD"), List.of(new EnumColumn("orders", "status", null)))),
      List.of(ACTIVE, new DropView("active", false, ACTIVE)),
      List.of(TOTALS, new DropView("totals", true, TOTALS)),
      List.of(new CreateSequence(ORDER_NO), new DropSequence("s.order_no", ORDER_NO)),
      List.of(new AlterSequence(ORDER_NO.ownedBy("orders", "no").cache(20), ORDER_NO),
          new AlterSequence(ORDER_NO, ORDER_NO.ownedBy("orders", "no").cache(20))));

  /** Each operation as a revision records it, without what its reverse needs. */
  static final List<Operation> RECORDED = List.of(
      new DropTable("users", null),
      new DropColumn("users", "email", null),
      new AlterColumnType("users", "n", "bigint", null, null),
      new SetDefault("users", "n", "1", null),
      new AlterIdentity("users", "id", IDENTITY, null),
      new DropIdentity("users", "id", null),
      new DropConstraint("users", "users_pkey", null),
      new DropIndex("users", "users_e_idx", true, null),
      new ConvertToPlainTable("m", null),
      new SetChunkTimeInterval("m", "2 days", null),
      new DisableCompression("m", null),
      new RemoveCompressionPolicy("m", null),
      new RemoveRetentionPolicy("m", null),
      new RemoveReorderPolicy("m", null),
      new DropContinuousAggregate("hourly", null),
      new RemoveRefreshPolicy("hourly", null),
      new DropEnumType("status", null),
      new DropView("active", false, null),
      new DropSequence("order_no", null),
      new AlterSequence(ORDER_NO, null),
      new RawSql("VACUUM", false));

  @Test
  void reverse_ofEachOperation_isItsCounterpart_andReversingTwiceGivesItBack() {
    for (List<Operation> pair : PAIRS) {
      assertEquals(pair.get(1), pair.get(0).reverse(), pair.get(0).toString());
      assertEquals(pair.get(0), pair.get(1).reverse(), pair.get(1).toString());
      assertEquals(pair.get(0), pair.get(0).reverse().reverse());
    }
  }

  @Test
  void alterEnumType_addedOnly_staysInPlace_removedOrMovedSwapsTheType() {
    Map<String, String> none = Map.of();
    assertFalse(new AlterEnumType("t", List.of("A", "C"), List.of("A", "B", "C"), none, List.of())
        .swapsType());
    assertFalse(new AlterEnumType("t", List.of("A", "C"), List.of("A", "B", "X"),
        Map.of("C", "X"), List.of()).swapsType());
    assertTrue(new AlterEnumType("t", List.of("A", "B", "C"), List.of("A", "C"), none, List.of())
        .swapsType());
    assertTrue(new AlterEnumType("t", List.of("A", "B"), List.of("B", "A"), none, List.of())
        .swapsType());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AlterEnumType("t", List.of("A"), List.of("B"), Map.of("Z", "B"), List.of()));
    assertEquals("enum type t renames Z to B, but the first must be a value before the change"
        + " and the second one after it", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new CreateEnumType("t", List.of("A", "A")));
  }

  @Test
  void pairsAndRecorded_coverEveryOperation() {
    Set<String> covered = PAIRS.stream().flatMap(List::stream)
        .map(op -> op.getClass().getSimpleName()).collect(Collectors.toSet());
    RECORDED.forEach(op -> covered.add(op.getClass().getSimpleName()));
    Set<String> permitted = Arrays.stream(Operation.class.getPermittedSubclasses())
        .map(Class::getSimpleName).collect(Collectors.toSet());
    assertEquals(permitted, covered);
  }

  @Test
  void reverse_ofAnOperationRecordedWithoutItsDefinition_saysWhatIsMissing() {
    for (Operation op : RECORDED) {
      UnsupportedOperationException e =
          assertThrows(UnsupportedOperationException.class, op::reverse, op.toString());
      assertTrue(e.getMessage().contains("cannot be reversed"), e.getMessage());
    }
    assertEquals("DropColumn[table=users, column=email, existing=null] cannot be reversed: it was"
        + " recorded without the definition of the dropped column (as a revision's Operations"
        + " records it); write its reverse by hand",
        assertThrows(UnsupportedOperationException.class,
            () -> new DropColumn("users", "email", null).reverse()).getMessage());
  }

  @Test
  void constructor_definitionOfAnotherName_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DropColumn("users", "name", EMAIL));
    assertEquals("column name does not match the definition it carries for its reverse, which"
        + " names email", e.getMessage());
  }

  @Test
  void subject_isTheTableOrViewChanged() {
    assertEquals("users", USERS.subject());
    assertEquals("s.t", new DropTable("s.t", null).subject());
    assertEquals("app.users", new RenameTable("app.users", "accounts").subject());
    assertEquals("hourly", new DropContinuousAggregate("hourly", HOURLY).subject());
    assertEquals("m", new AddRetentionPolicy("m", "1 day").subject());
    assertEquals("s", new CreateSchema("s").subject());
    assertNull(new RawSql("SELECT 1", true).subject());
  }

  @Test
  void renamed_keepsTheSchema() {
    assertEquals("app.accounts", new RenameTable("app.users", "accounts").renamed());
    assertEquals("accounts", new RenameTable("users", "accounts").renamed());
  }

  @Test
  void localToSubject_isFalseForOperationsThatTouchMoreThanTheirSubject() {
    assertFalse(new AddConstraint("orders", KEY).localToSubject());
    assertFalse(new DropConstraint("orders", "o_u_fkey", KEY).localToSubject());
    assertFalse(new DropConstraint("orders", "o_u_fkey", null).localToSubject());
    assertTrue(new AddConstraint("users", new CheckDef("c", "n > 0")).localToSubject());
    assertFalse(new DropTable("users", USERS).localToSubject());
    assertFalse(new CreateSchema("s").localToSubject());
    assertTrue(new DisableCompression("m", COMPRESSION).localToSubject());
    assertTrue(new DropIndex("users", "users_e_idx", false, INDEX).localToSubject());
    assertTrue(new RemoveRefreshPolicy("hourly", REFRESH).localToSubject());
  }

  @Test
  void accept_dispatchesToTheMethodNamedAfterTheOperation() {
    @SuppressWarnings("unchecked")
    OperationVisitor<String> names = (OperationVisitor<String>) Proxy.newProxyInstance(
        OperationVisitor.class.getClassLoader(), new Class<?>[] {OperationVisitor.class},
        (proxy, method, args) -> method.getName() + ":" + args[0].getClass().getSimpleName());
    for (Operation op : RECORDED) {
      String name = op.getClass().getSimpleName();
      assertEquals("visit" + name + ":" + name, op.accept(names));
    }
    for (List<Operation> pair : PAIRS) {
      for (Operation op : pair) {
        String name = op.getClass().getSimpleName();
        assertEquals("visit" + name + ":" + name, op.accept(names));
      }
    }
  }

  @Test
  void localToSubject_ofAValidationAndItsReverse_isTrue() {
    assertTrue(new ValidateConstraint("orders", "o_u_fkey").localToSubject());
    assertTrue(new NoChange(new ValidateConstraint("orders", "o_u_fkey")).localToSubject());
    assertEquals("orders", new NoChange(new ValidateConstraint("orders", "o_u_fkey")).subject());
  }

  @Test
  void definitions_buildersKeepEveryOtherPart() {
    assertEquals(new CheckDef("c", "n > 0", false), new CheckDef("c", "n > 0").notValid());
    assertEquals(new ForeignKeyDef("o_u_fkey", List.of("u"), "users", List.of("id"), "CASCADE",
        null, false), new ForeignKeyDef("o_u_fkey", List.of("u"), null, null, null, null)
            .notValid().references("users", "id").onDelete("CASCADE"));
    assertEquals(new UniqueDef("k", List.of("a"), "k_idx"),
        new UniqueDef("k", List.of("a")).usingIndex("k_idx"));
    assertEquals(new PrimaryKeyDef("p", List.of("a"), "p_idx"),
        new PrimaryKeyDef("p", List.of("a")).usingIndex("p_idx"));
    IndexDef perChunk = INDEX.where("e > 0").transactionPerChunk().include("f");
    assertEquals(new IndexDef("users_e_idx", List.of("e"), false, "e > 0", null, List.of("f"),
        false, true), perChunk);
    assertTrue(perChunk.outsideTransaction() && INDEX.concurrently().outsideTransaction());
    assertFalse(INDEX.outsideTransaction());
    assertEquals(INDEX.include("f").concurrently(), perChunk.concurrently().where(null));
  }

  @Test
  void indexDef_buildsThatCannotBeCombined_areRejected() {
    assertEquals("index i is built both concurrently and one chunk per transaction: use"
        + " concurrently() on a plain table, transactionPerChunk() on a hypertable",
        assertThrows(IllegalArgumentException.class, () -> new IndexDef("i", List.of("a"), false,
            null, null, List.of(), true, true)).getMessage());
    assertEquals("unique index i cannot be built one chunk per transaction: TimescaleDB builds"
        + " unique indexes of a hypertable in one transaction",
        assertThrows(IllegalArgumentException.class, () -> new IndexDef("i", List.of("a"), false,
            null, null, List.of(), false, true).unique()).getMessage());
  }

  @Test
  void constructor_withoutTable_namesTheMissingField() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new AddColumn(null, EMAIL));
    assertEquals("table", e.getMessage());
  }
}
