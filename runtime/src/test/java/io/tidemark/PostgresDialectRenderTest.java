package io.tidemark;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;
import static io.tidemark.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.CreateView;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.DropView;
import io.tidemark.ddl.NoChange;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RawSql;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameConstraint;
import io.tidemark.ddl.RenameIndex;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SetDefault;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectRenderTest {
  private final PostgresDialect dialect = new PostgresDialect();

  private String sql(Operation op) {
    List<Statement> statements = dialect.render(op);
    assertEquals(1, statements.size(), statements::toString);
    assertEquals(true, statements.get(0).transactional(), "transactional");
    return statements.get(0).sql();
  }

  @Test
  void views_plainAndMaterialized_renderCreateWithDataChoiceAndDrop() {
    assertEquals("CREATE VIEW app.\"Active\" AS\nSELECT id FROM app.users WHERE active",
        sql(new CreateView("app.Active", " SELECT id FROM app.users WHERE active; ", false, true)));
    assertEquals("CREATE MATERIALIZED VIEW totals AS\nSELECT count(*) FROM users\nWITH DATA",
        sql(new CreateView("totals", "SELECT count(*) FROM users", true, true)));
    assertEquals("CREATE MATERIALIZED VIEW totals AS\nSELECT count(*) FROM users\nWITH NO DATA",
        sql(new CreateView("totals", "SELECT count(*) FROM users", true, false)));
    assertEquals("DROP VIEW app.\"Active\"", sql(new DropView("app.Active", false, null)));
    assertEquals("DROP MATERIALIZED VIEW totals", sql(new DropView("totals", true, null)));
  }

  @Test
  void quote_plainLowerCase_staysBare() {
    assertEquals("users", PostgresDialect.quote("users"));
    assertEquals("_a1$b", PostgresDialect.quote("_a1$b"));
    assertEquals("name", PostgresDialect.quote("name"));
  }

  @Test
  void quote_reservedWords_areQuoted() {
    assertEquals("\"order\"", PostgresDialect.quote("order"));
    assertEquals("\"user\"", PostgresDialect.quote("user"));
    assertEquals("\"concurrently\"", PostgresDialect.quote("concurrently"));
  }

  @Test
  void quote_mixedCaseDigitsFirstAndEmbeddedQuotes_areQuotedAndEscaped() {
    assertEquals("\"Users\"", PostgresDialect.quote("Users"));
    assertEquals("\"1st\"", PostgresDialect.quote("1st"));
    assertEquals("\"a b\"", PostgresDialect.quote("a b"));
    assertEquals("\"x\"\"; DROP TABLE t; --\"", PostgresDialect.quote("x\"; DROP TABLE t; --"));
  }

  @Test
  void quote_empty_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> PostgresDialect.quote(""));
  }

  @Test
  void quoteQualified_schemaAndTable_splitsAtFirstDot() {
    assertEquals("app.\"order\"", PostgresDialect.quoteQualified("app.order"));
    assertEquals("\"My\".\"a.b\"", PostgresDialect.quoteQualified("My.a.b"));
    assertThrows(IllegalArgumentException.class, () -> PostgresDialect.quoteQualified(".t"));
  }

  @Test
  void literal_embeddedQuote_isDoubled() {
    assertEquals("'it''s'", PostgresDialect.literal("it's"));
  }

  @Test
  void createSchema_rendersIfNotExists() {
    assertEquals("CREATE SCHEMA IF NOT EXISTS \"Sales\"", sql(new CreateSchema("Sales")));
    assertEquals("DROP SCHEMA sales", sql(new DropSchema("sales")));
  }

  @Test
  void createTable_columnsAndConstraints_renderInOrder() {
    Operation op = new CreateTable("app.order",
        List.of(column("id", "bigint").notNull(),
            column("user", "text").defaultValue("'anon'"),
            column("CreatedAt", "timestamptz").notNull().defaultValue("now()")),
        List.of(primaryKey("order_pkey", "id"),
            unique("order_user_key", "user", "CreatedAt"),
            check("order_id_check", "id > 0"),
            foreignKey("order_user_fkey", "user").references("app.user", "name")
                .onDelete("cascade").onUpdate("set null"),
            foreignKey("order_parent_fkey", "id").references("parent")));
    assertEquals("CREATE TABLE app.\"order\" (\n"
        + "  id bigint NOT NULL,\n"
        + "  \"user\" text DEFAULT 'anon',\n"
        + "  \"CreatedAt\" timestamptz DEFAULT now() NOT NULL,\n"
        + "  CONSTRAINT order_pkey PRIMARY KEY (id),\n"
        + "  CONSTRAINT order_user_key UNIQUE (\"user\", \"CreatedAt\"),\n"
        + "  CONSTRAINT order_id_check CHECK (id > 0),\n"
        + "  CONSTRAINT order_user_fkey FOREIGN KEY (\"user\") REFERENCES app.\"user\" (name)"
        + " ON DELETE CASCADE ON UPDATE SET NULL,\n"
        + "  CONSTRAINT order_parent_fkey FOREIGN KEY (id) REFERENCES parent\n"
        + ")", sql(op));
  }

  @Test
  void foreignKey_unknownAction_isRejected() {
    Operation op = new AddConstraint("t",
        foreignKey("t_fkey", "a").references("u", "id").onDelete("CASCADE; DROP TABLE u"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dialect.render(op));
    assertEquals("not a referential action: \"CASCADE; DROP TABLE u\""
        + " (use CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT)", e.getMessage());
  }

  @Test
  void tableOps_renderAlterTable() {
    assertEquals("DROP TABLE app.\"user\"", sql(new DropTable("app.user", null)));
    assertEquals("ALTER TABLE app.old RENAME TO \"New\"", sql(new RenameTable("app.old", "New")));
  }

  @Test
  void columnOps_renderAlterTable() {
    assertEquals("ALTER TABLE \"order\" ADD COLUMN note varchar(20) DEFAULT 'x' NOT NULL",
        sql(new AddColumn("order", column("note", "varchar(20)").notNull().defaultValue("'x'"))));
    assertEquals("ALTER TABLE t DROP COLUMN \"select\"", sql(new DropColumn("t", "select", null)));
    assertEquals("ALTER TABLE t RENAME COLUMN a TO \"B\"", sql(new RenameColumn("t", "a", "B")));
    assertEquals("ALTER TABLE t ALTER COLUMN a TYPE bigint",
        sql(new AlterColumnType("t", "a", "bigint", null, null)));
    assertEquals("ALTER TABLE t ALTER COLUMN a TYPE integer USING a::integer",
        sql(new AlterColumnType("t", "a", "integer", "a::integer", null)));
    assertEquals("ALTER TABLE t ALTER COLUMN a SET NOT NULL", sql(new SetNullable("t", "a", false)));
    assertEquals("ALTER TABLE t ALTER COLUMN a DROP NOT NULL", sql(new SetNullable("t", "a", true)));
    assertEquals("ALTER TABLE t ALTER COLUMN a SET DEFAULT 0", sql(new SetDefault("t", "a", "0", null)));
    assertEquals("ALTER TABLE t ALTER COLUMN a DROP DEFAULT", sql(new SetDefault("t", "a", null, null)));
  }

  @Test
  void constraintOps_renderAddAndDrop() {
    assertEquals("ALTER TABLE s.t ADD CONSTRAINT t_a_check CHECK (a <> '')",
        sql(new AddConstraint("s.t", check("t_a_check", "a <> ''"))));
    assertEquals("ALTER TABLE s.t DROP CONSTRAINT \"Check\"", sql(new DropConstraint("s.t", "Check", null)));
  }

  @Test
  void constraintOps_notValidAndUsingIndex_renderTheSafeForms() {
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID",
        sql(new AddConstraint("t", check("t_a_check", "a > 0").notValid())));
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_u_fkey FOREIGN KEY (u) REFERENCES \"user\" (id)"
        + " ON DELETE CASCADE NOT VALID", sql(new AddConstraint("t",
            foreignKey("t_u_fkey", "u").notValid().references("user", "id").onDelete("CASCADE"))));
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX \"T_a_key\"",
        sql(new AddConstraint("t", unique("t_a_key", "a").usingIndex("T_a_key"))));
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey",
        sql(new AddConstraint("t", primaryKey("t_pkey", "a").usingIndex("t_pkey"))));
  }

  @Test
  void createTable_keyTakingOverAnIndex_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> dialect.render(new CreateTable("t", List.of(column("a", "int")),
            List.of(unique("t_a_key", "a").usingIndex("t_a_key")))));
    assertEquals("constraint t_a_key of new table t takes over index t_a_key, but a table being"
        + " created has no index yet: leave out usingIndex(...)", e.getMessage());
  }

  @Test
  void validateConstraint_runsAloneAndItsReverseRendersNothing() {
    ValidateConstraint validate = new ValidateConstraint("app.t", "T_check");
    assertEquals(List.of(new Statement("ALTER TABLE app.t VALIDATE CONSTRAINT \"T_check\"", false)),
        dialect.render(validate));
    assertEquals(List.of(), dialect.render(validate.reverse()));
    assertEquals(List.of(), dialect.render(new NoChange(validate)));
  }

  @Test
  void renameConstraint_rendersAlterTable() {
    assertEquals("ALTER TABLE s.accounts RENAME CONSTRAINT users_pkey TO \"Accounts_pkey\"",
        sql(new RenameConstraint("s.accounts", "users_pkey", "Accounts_pkey")));
  }

  @Test
  void renameIndex_livesInTheTablesSchema() {
    assertEquals("ALTER INDEX app.users_email_idx RENAME TO \"select\"",
        sql(new RenameIndex("app.accounts", "users_email_idx", "select")));
    assertEquals("ALTER INDEX \"Idx\" RENAME TO accounts_email_idx",
        sql(new RenameIndex("accounts", "Idx", "accounts_email_idx")));
  }

  @Test
  void createIndex_everyOption_rendersInPostgresOrder() {
    Operation op = new CreateIndex("app.metrics",
        index("metrics_idx", "asn_id", "timebin DESC", "\"Order\" desc nulls last", "(lower(name))")
            .unique().using("BTREE").include("value", "user").where("value > 0"));
    assertEquals("CREATE UNIQUE INDEX metrics_idx ON app.metrics USING btree"
        + " (asn_id, timebin DESC, \"Order\" DESC NULLS LAST, (lower(name)))"
        + " INCLUDE (value, \"user\") WHERE value > 0", sql(op));
  }

  @Test
  void createIndex_expressionCollationOperatorClassAndEqualNulls_renderInPostgresOrder() {
    Operation op = new CreateIndex("users", index("users_email_key", "lower(email) COLLATE \"C\"",
        "name text_pattern_ops DESC").unique().include("id").nullsNotDistinct());
    assertEquals("CREATE UNIQUE INDEX users_email_key ON users ((lower(email)) COLLATE \"C\","
        + " name text_pattern_ops DESC) INCLUDE (id) NULLS NOT DISTINCT", sql(op));
  }

  @Test
  void constraints_equalNullsAndDeferrable_renderTheirClauses() {
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_a_b_key UNIQUE NULLS NOT DISTINCT (a, b)",
        sql(new AddConstraint("t", unique("t_a_b_key", "a", "b").nullsNotDistinct())));
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_a_b_key UNIQUE USING INDEX t_a_b_key",
        sql(new AddConstraint("t", unique("t_a_b_key", "a", "b").nullsNotDistinct()
            .usingIndex("t_a_b_key"))));
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a, b) REFERENCES p (x, y)"
        + " ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED NOT VALID",
        sql(new AddConstraint("t", foreignKey("t_fk", "a", "b").references("p", "x", "y")
            .onDelete("CASCADE").deferrable(true).notValid())));
    assertEquals("ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES p DEFERRABLE",
        sql(new AddConstraint("t", foreignKey("t_fk", "a").references("p").deferrable(false))));
  }

  @Test
  void createIndex_concurrently_isNotTransactional() {
    List<Statement> statements = dialect.render(
        new CreateIndex("t", index("t_a_idx", "Mixed ASC").concurrently()));
    assertEquals(List.of(new Statement("CREATE INDEX CONCURRENTLY t_a_idx ON t (\"Mixed\" ASC)", false)),
        statements);
  }

  @Test
  void createIndex_transactionPerChunk_isAStorageOptionBeforeWhereAndNotTransactional() {
    List<Statement> statements = dialect.render(new CreateIndex("m",
        index("m_idx", "device", "ts DESC").include("value").where("value > 0")
            .transactionPerChunk()));
    assertEquals(List.of(new Statement("CREATE INDEX m_idx ON m (device, ts DESC) INCLUDE (value)"
        + " WITH (timescaledb.transaction_per_chunk) WHERE value > 0", false)), statements);
  }

  @Test
  void dropIndex_livesInTheTablesSchema() {
    assertEquals("DROP INDEX app.\"Idx\"", sql(new DropIndex("app.t", "Idx", false, null)));
    assertEquals("DROP INDEX t_a_idx", sql(new DropIndex("t", "t_a_idx", false, null)));
    assertEquals(List.of(new Statement("DROP INDEX CONCURRENTLY app.t_a_idx", false)),
        dialect.render(new DropIndex("app.t", "t_a_idx", true, null)));
  }

  @Test
  void rawSql_keepsTextAndTransactionality() {
    assertEquals(List.of(new Statement("VACUUM t", false)),
        dialect.render(new RawSql("VACUUM t", false)));
    assertEquals("UPDATE t SET a = 1", sql(new RawSql("UPDATE t SET a = 1", true)));
  }
}
