package io.tidemark.it;

import static io.tidemark.it.RoundTripData.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Keys and indexes ({@code series/keys/v1..v3}): a two-column foreign key declared on the class,
 * made deferrable and back, an expression index gaining a collation and an operator class,
 * unique keys whose nulls are not distinct, and a deferrable {@code @References}; the rows
 * written at v1 and v2 stay, and each constraint is shown to act on new rows.
 */
class KeysSeriesIT extends ModelSeries {
  KeysSeriesIT() {
    super("keys", 3, "com.example.keys");
  }

  @Override
  Optional<RoundTripData.Check> check(int v) {
    return switch (v) {
      case 1 -> Optional.of(new RoundTripData.Check("compositeKey_v1_rejectsAMissingParent", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("insert into tenant (tenant_id, id, code) values (1, 1, 'a'), (1, 2, null)");
          s.execute("insert into member (id, tenant_id, parent_id, email, name)"
              + " values (10, 1, 1, 'Ada@example.com', 'ada')");
          assertEquals("23503", state(() -> s.execute("insert into member (id, tenant_id,"
              + " parent_id) values (11, 2, 1)")));
        }
      }));
      case 2 -> Optional.of(new RoundTripData.Check(
          "deferredKeyAndEqualNulls_v2_childBeforeParentCommitsAndASecondNullIsRejected", c -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
              s.execute("insert into member (id, tenant_id, parent_id, email, name)"
                  + " values (11, 1, 3, 'Bob@example.com', 'bob')");
              s.execute("insert into tenant (tenant_id, id, code) values (1, 3, 'c')");
              c.commit();
              assertEquals("23505", state(() -> s.execute(
                  "insert into tenant (tenant_id, id, code) values (2, 1, null)")));
              c.rollback();
              assertEquals("23505", state(() -> s.execute("insert into member (id, tenant_id,"
                  + " parent_id, email) values (12, 1, 1, null), (13, 1, 1, null)")));
              c.rollback();
            } finally {
              c.setAutoCommit(true);
            }
            assertEquals(List.of("10|1|1|Ada@example.com", "11|1|3|Bob@example.com"),
                rows(c, "select id, tenant_id, parent_id, email from member order by id"));
          }));
      case 3 -> Optional.of(new RoundTripData.Check(
          "deferrableReference_v3_deferredInATransactionAndRowsKept", c -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
              s.execute("set constraints all deferred");
              // Emails differ: v2's key, back after a downgrade, counts nulls as equal.
              s.execute("insert into member (id, tenant_id, parent_id, email, mentor_id)"
                  + " values (20, 1, 1, 'c@example.com', 21)");
              s.execute("insert into member (id, tenant_id, parent_id, email)"
                  + " values (21, 1, 1, 'd@example.com')");
              c.commit();
              assertEquals("23503", state(() -> s.execute("insert into member (id, tenant_id,"
                  + " parent_id, email, mentor_id) values (22, 1, 1, 'e@example.com', 99)")));
              c.rollback();
            } finally {
              c.setAutoCommit(true);
            }
            assertEquals(List.of("10|null", "11|null", "20|21", "21|null"),
                rows(c, "select id, mentor_id from member order by id"));
            assertEquals(List.of("1|1|a", "1|2|null", "1|3|c"),
                rows(c, "select tenant_id, id, code from tenant order by tenant_id, id"));
          }));
      default -> Optional.empty();
    };
  }

  /** A statement expected to fail. */
  private interface Failing {
    void run() throws SQLException;
  }

  /** The SQLState of the statement's failure. */
  private static String state(Failing statement) {
    return assertThrows(SQLException.class, statement::run).getSQLState();
  }
}
