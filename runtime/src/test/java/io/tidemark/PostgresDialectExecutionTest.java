package io.tidemark;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;
import static io.tidemark.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RawSql;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameConstraint;
import io.tidemark.ddl.RenameIndex;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SetDefault;
import io.tidemark.ddl.SetNullable;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresDialectExecutionTest {
  private static final String ORDER = "Sales.order";
  private Connection connection;

  @BeforeEach
  void connect() throws Exception {
    PostgresServer server = PostgresServer.get();
    connection = server.connectUrl(server.createDatabase("dialect"));
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private void apply(Operation... ops) throws Exception {
    Live.apply(connection, ops);
  }

  private List<String> rows(String query, Object... args) throws Exception {
    return Live.rows(connection, query, args);
  }

  private List<String> columns(String schema, String table) throws Exception {
    return rows("SELECT column_name, data_type, is_nullable, coalesce(column_default, '-')"
        + " FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
        + " ORDER BY ordinal_position", schema, table);
  }

  private List<String> constraints(String schema, String table) throws Exception {
    return rows("SELECT conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
        + " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
        + " WHERE n.nspname = ? AND t.relname = ? AND c.contype <> 'n' ORDER BY conname", schema, table);
  }

  private List<String> indexes(String schema, String table) throws Exception {
    return rows("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? AND tablename = ?"
        + " ORDER BY indexname", schema, table);
  }

  private void createTables() throws Exception {
    apply(new CreateSchema("Sales"),
        new CreateTable("Sales.user",
            List.of(column("name", "text").notNull()), List.of(primaryKey("user_pkey", "name"))),
        new CreateTable(ORDER,
            List.of(column("id", "bigint").notNull(),
                column("user", "text"),
                column("Select\"Me", "integer").defaultValue("42"),
                column("CreatedAt", "timestamptz").notNull().defaultValue("now()")),
            List.of(primaryKey("order_pkey", "id"),
                unique("Order \"Key\"", "user", "CreatedAt"),
                check("order_positive", "\"Select\"\"Me\" > 0"),
                foreignKey("order_user_fkey", "user").references("Sales.user").onDelete("CASCADE"))));
  }

  @Test
  void createTable_reservedMixedCaseAndQuotedNames_matchCatalog() throws Exception {
    createTables();
    assertEquals(List.of(
            "id|bigint|NO|-",
            "user|text|YES|-",
            "Select\"Me|integer|YES|42",
            "CreatedAt|timestamp with time zone|NO|now()"),
        columns("Sales", "order"));
    assertEquals(List.of(
            "Order \"Key\"|UNIQUE (\"user\", \"CreatedAt\")",
            "order_pkey|PRIMARY KEY (id)",
            "order_positive|CHECK ((\"Select\"\"Me\" > 0))",
            "order_user_fkey|FOREIGN KEY (\"user\") REFERENCES \"Sales\".\"user\"(name) ON DELETE CASCADE"),
        constraints("Sales", "order"));
  }

  @Test
  void alterOperations_eachChangeTheCatalog() throws Exception {
    createTables();
    apply(new AddColumn(ORDER, column("Note", "varchar(10)").notNull().defaultValue("'it''s'")),
        new RenameColumn(ORDER, "Select\"Me", "qty"),
        new DropConstraint(ORDER, "order_positive", null),
        new AlterColumnType(ORDER, "Note", "varchar(20)", null, null),
        new AlterColumnType(ORDER, "qty", "text", "qty::text", null),
        new SetNullable(ORDER, "Note", true),
        new SetNullable(ORDER, "user", false),
        new SetDefault(ORDER, "Note", null, null),
        new SetDefault(ORDER, "user", "'guest'", null),
        new AddConstraint(ORDER, check("order_note_check", "\"Note\" <> ''")),
        new DropColumn(ORDER, "CreatedAt", null),
        new RenameTable(ORDER, "Purchase"));
    assertEquals(List.of(
            "id|bigint|NO|-",
            "user|text|NO|'guest'::text",
            "qty|text|YES|42",
            "Note|character varying|YES|-"),
        columns("Sales", "Purchase"));
    assertEquals(List.of(
            "order_note_check|CHECK (((\"Note\")::text <> ''::text))",
            "order_pkey|PRIMARY KEY (id)",
            "order_user_fkey|FOREIGN KEY (\"user\") REFERENCES \"Sales\".\"user\"(name) ON DELETE CASCADE"),
        constraints("Sales", "Purchase"));
    apply(new DropTable("Sales.Purchase", null), new DropTable("Sales.user", null),
        new DropSchema("Sales"));
    assertEquals(List.of(), rows("SELECT nspname FROM pg_namespace WHERE nspname = 'Sales'"));
  }

  @Test
  void indexOperations_createAndDropInTheTablesSchema() throws Exception {
    createTables();
    apply(new CreateIndex(ORDER, index("order_user_idx", "user DESC NULLS LAST", "(lower(\"user\"))")
            .unique().using("btree").include("id").where("id > 0")),
        new CreateIndex(ORDER, index("Order Created", "CreatedAt desc").concurrently()));
    assertEquals(List.of(
            "Order \"Key\"|CREATE UNIQUE INDEX \"Order \"\"Key\"\"\" ON \"Sales\".\"order\" USING btree (\"user\", \"CreatedAt\")",
            "Order Created|CREATE INDEX \"Order Created\" ON \"Sales\".\"order\" USING btree (\"CreatedAt\" DESC)",
            "order_pkey|CREATE UNIQUE INDEX order_pkey ON \"Sales\".\"order\" USING btree (id)",
            "order_user_idx|CREATE UNIQUE INDEX order_user_idx ON \"Sales\".\"order\" USING btree"
                + " (\"user\" DESC NULLS LAST, lower(\"user\")) INCLUDE (id) WHERE (id > 0)"),
        indexes("Sales", "order"));
    apply(new DropIndex(ORDER, "order_user_idx", false, null),
        new DropIndex(ORDER, "Order Created", true, null));
    assertEquals(List.of("Order \"Key\"", "order_pkey"),
        indexes("Sales", "order").stream().map(row -> row.substring(0, row.indexOf('|'))).toList());
  }

  @Test
  void renameOperations_renameConstraintsAndIndexes_keyConstraintAndItsIndexTogether() throws Exception {
    createTables();
    apply(new CreateIndex(ORDER, index("order_user_idx", "user")),
        new RenameTable(ORDER, "Purchase"),
        new RenameConstraint("Sales.Purchase", "order_pkey", "Purchase_pkey"),
        new RenameConstraint("Sales.Purchase", "order_positive", "purchase_positive"),
        new RenameIndex("Sales.Purchase", "Order \"Key\"", "purchase_user_key"),
        new RenameIndex("Sales.Purchase", "order_user_idx", "purchase_user_idx"));
    assertEquals(List.of(
            "Purchase_pkey|PRIMARY KEY (id)",
            "order_user_fkey|FOREIGN KEY (\"user\") REFERENCES \"Sales\".\"user\"(name) ON DELETE CASCADE",
            "purchase_positive|CHECK ((\"Select\"\"Me\" > 0))",
            "purchase_user_key|UNIQUE (\"user\", \"CreatedAt\")"),
        constraints("Sales", "Purchase"));
    assertEquals(List.of("Purchase_pkey", "purchase_user_idx", "purchase_user_key"),
        indexes("Sales", "Purchase").stream().map(row -> row.substring(0, row.indexOf('|'))).toList());
  }

  @Test
  void rawSql_bothKinds_run() throws Exception {
    apply(new RawSql("CREATE TABLE t (a int)", true),
        new RawSql("VACUUM t", false),
        new RawSql("INSERT INTO t VALUES (1)", true));
    assertEquals(List.of("1"), rows("SELECT a FROM t"));
  }
}
