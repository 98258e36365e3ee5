package io.tidemark;

import static io.tidemark.Ddl.enumColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ddl.AlterEnumType;
import io.tidemark.ddl.CreateEnumType;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RawSql;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Enum types on real PostgreSQL: values added in place at their position, renamed, and removed
 * or reordered through a new type that the columns (with their defaults) are converted to; each
 * change undone by its reverse, rows kept.
 */
class EnumTypeExecutionTest {
  private static final String TYPE = "shop.order_status";
  private static final List<String> V1 = List.of("NEW", "PAID");
  private Connection connection;

  @BeforeEach
  void connect() throws Exception {
    PostgresServer server = PostgresServer.get();
    connection = server.connectUrl(server.createDatabase("enums"));
    Live.apply(connection, new RawSql("CREATE SCHEMA shop", true), new CreateEnumType(TYPE, V1),
        new RawSql("CREATE TABLE shop.orders (id int PRIMARY KEY, status shop.order_status"
            + " NOT NULL DEFAULT 'NEW')", true),
        new RawSql("INSERT INTO shop.orders VALUES (1, 'NEW'), (2, 'PAID')", true));
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private List<String> labels() throws Exception {
    return Live.rows(connection, "SELECT enumlabel FROM pg_enum WHERE enumtypid = "
        + "'shop.order_status'::regtype ORDER BY enumsortorder");
  }

  private List<String> orders() throws Exception {
    return Live.rows(connection, "SELECT id, status, pg_get_expr(d.adbin, d.adrelid) FROM"
        + " shop.orders, pg_attrdef d WHERE d.adrelid = 'shop.orders'::regclass ORDER BY id");
  }

  private static AlterEnumType change(List<String> after, Map<String, String> renamed) {
    return new AlterEnumType(TYPE, V1, after, renamed,
        List.of(enumColumn("shop.orders", "status", "'NEW'::shop.order_status")));
  }

  @Test
  void addedValues_areAddedInPlaceOutsideTheTransaction_andTheReverseRemovesThem()
      throws Exception {
    AlterEnumType added = change(List.of("DRAFT", "NEW", "SHIPPED", "PAID", "DONE"), Map.of());
    List<Statement> statements = new PostgresDialect().render(added);
    assertEquals(List.of(
        new Statement("ALTER TYPE shop.order_status ADD VALUE 'DRAFT' BEFORE 'NEW'", false),
        new Statement("ALTER TYPE shop.order_status ADD VALUE 'SHIPPED' BEFORE 'PAID'", false),
        new Statement("ALTER TYPE shop.order_status ADD VALUE 'DONE' AFTER 'PAID'", false)),
        statements);
    Live.apply(connection, added);
    assertEquals(List.of("DRAFT", "NEW", "SHIPPED", "PAID", "DONE"), labels());
    Live.apply(connection, added.reverse());
    assertEquals(V1, labels());
    assertEquals(List.of("1|NEW|'NEW'::shop.order_status", "2|PAID|'NEW'::shop.order_status"),
        orders());
  }

  @Test
  void renamedValue_isRenamedInPlace_andRowsFollow() throws Exception {
    AlterEnumType renamed = change(List.of("NEW", "SETTLED"), Map.of("PAID", "SETTLED"));
    assertEquals(List.of(new Statement(
        "ALTER TYPE shop.order_status RENAME VALUE 'PAID' TO 'SETTLED'", true)),
        new PostgresDialect().render(renamed));
    Live.apply(connection, renamed);
    assertEquals(List.of("NEW", "SETTLED"), labels());
    assertEquals(List.of("1|NEW|'NEW'::shop.order_status", "2|SETTLED|'NEW'::shop.order_status"),
        orders());
    Live.apply(connection, renamed.reverse());
    assertEquals(V1, labels());
  }

  @Test
  void removedAndReorderedValues_swapTheTypeUnderTheColumn_keepingItsDefaultAndRows()
      throws Exception {
    Live.apply(connection, change(List.of("NEW", "PAID", "VOID"), Map.of()));
    AlterEnumType removed = new AlterEnumType(TYPE, List.of("NEW", "PAID", "VOID"),
        List.of("PAID", "NEW"), Map.of(),
        List.of(enumColumn("shop.orders", "status", "'NEW'::shop.order_status")));
    assertEquals(List.of(
        "CREATE TYPE shop.order_status__tidemark_new AS ENUM ('PAID', 'NEW')",
        "ALTER TABLE shop.orders ALTER COLUMN status DROP DEFAULT",
        "ALTER TABLE shop.orders ALTER COLUMN status TYPE shop.order_status__tidemark_new"
            + " USING status::text::shop.order_status__tidemark_new",
        "DROP TYPE shop.order_status",
        "ALTER TYPE shop.order_status__tidemark_new RENAME TO order_status",
        "ALTER TABLE shop.orders ALTER COLUMN status SET DEFAULT 'NEW'::shop.order_status"),
        new PostgresDialect().render(removed).stream().map(Statement::sql).toList());
    Live.apply(connection, removed);
    assertEquals(List.of("PAID", "NEW"), labels());
    assertEquals(List.of("1|NEW|'NEW'::shop.order_status", "2|PAID|'NEW'::shop.order_status"),
        orders());
    Live.apply(connection, removed.reverse());
    assertEquals(List.of("NEW", "PAID", "VOID"), labels());
    assertEquals(List.of("1|NEW|'NEW'::shop.order_status", "2|PAID|'NEW'::shop.order_status"),
        orders());
  }

  @Test
  void removedValue_heldByARow_failsAndTheTypeStays() throws Exception {
    Operation removed = change(List.of("NEW"), Map.of());
    connection.setAutoCommit(false);
    SQLException e = assertThrows(SQLException.class, () -> {
      for (Statement statement : new PostgresDialect().render(removed)) {
        try (java.sql.Statement s = connection.createStatement()) {
          s.execute(statement.sql());
        }
      }
    });
    connection.rollback();
    connection.setAutoCommit(true);
    assertEquals("22P02", e.getSQLState());
    assertEquals(V1, labels());
  }

  @Test
  void operations_recordTheSameOperationsAHandWrittenRevisionGives() {
    Operations op = new Operations();
    op.createEnumType(TYPE, "NEW", "PAID")
        .alterEnumType(TYPE, V1, List.of("NEW", "SHIPPED", "PAID"), Map.of(),
            enumColumn("shop.orders", "status", null))
        .dropEnumType(TYPE);
    assertEquals(List.of(new CreateEnumType(TYPE, V1),
        new AlterEnumType(TYPE, V1, List.of("NEW", "SHIPPED", "PAID"), Map.of(),
            List.of(enumColumn("shop.orders", "status", null))),
        new io.tidemark.ddl.DropEnumType(TYPE, null)), op.recorded());
  }
}
