package io.tidemark;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.primaryKey;
import static io.tidemark.Ddl.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standalone sequences through a hand-written revision's {@link Operations}: the SQL of each,
 * and on real PostgreSQL a sequence that a default draws from, altered without a restart, owned
 * by its column and let go of again.
 */
class SequenceExecutionTest {
  private final PostgresDialect dialect = new PostgresDialect();

  private List<String> sql(Operations op) {
    return op.recorded().stream().map(dialect::render).flatMap(List::stream)
        .map(Statement::sql).toList();
  }

  @Test
  void sequenceOperations_renderOptionsOnlyWhereSet_andAlterSpellsEveryOne() {
    Operations op = new Operations()
        .createSequence(sequence("shop.order_no").start(1000).increment(50).cache(20))
        .alterSequence(sequence("shop.order_no").increment(10).ownedBy("shop.orders", "no"))
        .dropSequence("shop.order_no");
    assertEquals(List.of(
        "CREATE SEQUENCE shop.order_no START WITH 1000 INCREMENT BY 50 CACHE 20",
        "ALTER SEQUENCE shop.order_no INCREMENT BY 10 NO MINVALUE NO MAXVALUE START WITH 1"
            + " CACHE 1 NO CYCLE OWNED BY shop.orders.no",
        "DROP SEQUENCE shop.order_no"), sql(op));
    Operation recorded = op.recorded().get(2);
    assertThrows(UnsupportedOperationException.class, recorded::reverse);
  }

  @Test
  void sequence_onPostgres_defaultDrawsFromItAndAlterGoesOnFromItsValue() throws Exception {
    PostgresServer server = PostgresServer.get();
    try (Connection connection = server.connectUrl(server.createDatabase("sequences"))) {
      Operations op = new Operations()
          .createSequence(sequence("order_no").start(1000).increment(50))
          .createTable("orders",
              column("id", "bigint").notNull(),
              column("no", "bigint").notNull().defaultValue("nextval('order_no')"),
              primaryKey("orders_pkey", "id"))
          .alterSequence(sequence("order_no").start(1000).increment(50).ownedBy("orders", "no"));
      Live.apply(connection, op.recorded().toArray(Operation[]::new));
      Live.apply(connection, new Operations().sql("INSERT INTO orders (id) VALUES (1), (2)")
          .recorded().toArray(Operation[]::new));
      assertEquals(List.of("1|1000", "2|1050"),
          Live.rows(connection, "SELECT id, no FROM orders ORDER BY id"));
      assertEquals(List.of("orders|no"), Live.rows(connection, "SELECT t.relname, a.attname"
          + " FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a"
          + " ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
          + " WHERE d.objid = 'order_no'::regclass AND d.deptype = 'a'"));

      Live.apply(connection, new Operations().alterSequence(sequence("order_no").increment(5))
          .sql("INSERT INTO orders (id) VALUES (3)").recorded().toArray(Operation[]::new));
      assertEquals(List.of("3|1055"), Live.rows(connection, "SELECT id, no FROM orders"
          + " WHERE id = 3"));
      Live.apply(connection, new Operations().dropTable("orders").recorded()
          .toArray(Operation[]::new));
      assertEquals(List.of("1060"), Live.rows(connection, "SELECT nextval('order_no')"));
    }
  }
}
