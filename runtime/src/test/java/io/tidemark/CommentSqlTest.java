package io.tidemark;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentSqlTest {
  private final PostgresDialect dialect = new PostgresDialect();

  private List<String> sql(Operations op) {
    return op.recorded().stream().map(dialect::render).flatMap(List::stream)
        .map(Statement::sql).toList();
  }

  @Test
  void createTable_columnsWithComments_commentsFollowTheTable() {
    Operations op = new Operations().createTable("app.order",
        column("id", "bigint").notNull().comment("The order's number"),
        column("note", "text"),
        column("user", "text").comment("Who placed it; 'guest' when nobody signed in"),
        primaryKey("order_pkey", "id"));
    assertEquals(List.of("CREATE TABLE app.\"order\" (\n"
        + "  id bigint NOT NULL,\n"
        + "  note text,\n"
        + "  \"user\" text,\n"
        + "  CONSTRAINT order_pkey PRIMARY KEY (id)\n)",
        "COMMENT ON COLUMN app.\"order\".id IS 'The order''s number'",
        "COMMENT ON COLUMN app.\"order\".\"user\" IS 'Who placed it; ''guest'' when nobody signed"
            + " in'"), sql(op));
  }

  @Test
  void addColumn_withComment_commentsIt() {
    assertEquals(List.of("ALTER TABLE t ADD COLUMN paid_at timestamptz",
        "COMMENT ON COLUMN t.paid_at IS 'When it was paid'"),
        sql(new Operations().addColumn("t", column("paid_at", "timestamptz")
            .comment("When it was paid"))));
  }

  @Test
  void commentOnTableAndColumn_setOrRemoveTheComment() {
    assertEquals(List.of("COMMENT ON TABLE s.t IS 'Orders, one row each'",
        "COMMENT ON COLUMN s.t.n IS NULL"),
        sql(new Operations().commentOnTable("s.t", "Orders, one row each")
            .commentOnColumn("s.t", "n", null)));
  }

  @Test
  void commentOnColumn_recordedWithoutThePreviousComment_cannotBeReversed() {
    Operation recorded = new Operations().commentOnColumn("t", "n", "x").recorded().get(0);
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, recorded::reverse);
    assertEquals("SetComment[table=t, column=n, comment=x, previous=null, knowsPrevious=false]"
        + " cannot be reversed: it was recorded without the previous comment (as a revision's"
        + " Operations records it); write its reverse by hand", e.getMessage());
  }
}
