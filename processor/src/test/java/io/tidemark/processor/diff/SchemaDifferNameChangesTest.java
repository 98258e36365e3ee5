package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.dropConstraint;
import static io.tidemark.processor.diff.Expected.dropIndexConcurrently;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.snapshot.Nodes.foreignKey;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.RenameConstraint;
import io.tidemark.ddl.RenameIndex;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDifferNameChangesTest {
  private static final Renames USERS_TO_ACCOUNTS = new Renames(Map.of("accounts", "users"), Map.of());

  private static TableNode withDefaultNames(String name) {
    return table(name).id("id", "bigint").column("email", "text").column("team_id", "bigint")
        .unique(name + "_email_key", "email")
        .check(name + "_email_check", "email <> ''")
        .foreignKey(foreignKey(name + "_team_id_fkey", "team_id", "teams", "id"))
        .index(index(name + "_team_id_idx", "team_id"))
        .build();
  }

  private static final TableNode TEAMS = table("teams").id("id", "bigint").build();

  private static TableNode orders(String refTable) {
    return table("orders").id("id", "bigint").column("user_id", "bigint")
        .foreignKey(foreignKey("orders_user_id_fkey", "user_id", refTable, "id")).build();
  }

  @Test
  void diff_renamedTableWithDefaultNames_renamesConstraintsAndIndexesInsteadOfRebuildingThem() {
    DiffResult result = SchemaDiffer.diff(schema(TEAMS, withDefaultNames("users"), orders("users")),
        schema(TEAMS, withDefaultNames("accounts"), orders("accounts")), USERS_TO_ACCOUNTS);
    assertEquals(List.of(
        new RenameTable("users", "accounts"),
        new RenameConstraint("accounts", "users_pkey", "accounts_pkey"),
        new RenameConstraint("accounts", "users_email_key", "accounts_email_key"),
        new RenameConstraint("accounts", "users_email_check", "accounts_email_check"),
        new RenameConstraint("accounts", "users_team_id_fkey", "accounts_team_id_fkey"),
        new RenameIndex("accounts", "users_team_id_idx", "accounts_team_id_idx")), result.upgrade());
    assertDowngradeReverses(result);
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_onlyNamesChangeOnAnUnchangedTable_renamesThem() {
    TableNode before = table("users").id("id", "bigint").column("email", "text")
        .unique("users_email_key", "email").index(index("users_email_idx", "email")).build();
    TableNode after = table("users").id("id", "bigint").column("email", "text")
        .unique("users_email_uq", "email").index(index("by_email", "email")).build();
    DiffResult result = SchemaDiffer.diff(schema(before), schema(after), Renames.NONE);
    assertEquals(List.of(
        new RenameConstraint("users", "users_email_key", "users_email_uq"),
        new RenameIndex("users", "users_email_idx", "by_email")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_nameAndDefinitionChange_dropsAndAdds() {
    TableNode before = table("users").id("id", "bigint").column("email", "text").column("name", "text")
        .unique("users_email_key", "email").index(index("users_email_idx", "email")).build();
    TableNode after = table("users").id("id", "bigint").column("email", "text").column("name", "text")
        .unique("users_name_key", "name").index(index("users_name_idx", "name")).build();
    DiffResult result = SchemaDiffer.diff(schema(before), schema(after), Renames.NONE);
    assertEquals(List.of(
        dropIndexConcurrently("users", index("users_email_idx", "email")),
        dropConstraint("users", new UniqueDef("users_email_key", List.of("email"))),
        new CreateIndex("users", index("users_name_key", "name").unique().concurrently()),
        new CreateIndex("users", index("users_name_idx", "name").concurrently()),
        new AddConstraint("users",
            new UniqueDef("users_name_key", List.of("name")).usingIndex("users_name_key"))),
        result.upgrade());
  }

  @Test
  void diff_twoIndexesSwapNames_rebuildsBothRatherThanRenameOntoANameInUse() {
    TableNode before = table("t").column("a", "text").column("b", "text")
        .index(index("first", "a")).index(index("second", "b")).build();
    TableNode after = table("t").column("a", "text").column("b", "text")
        .index(index("first", "b")).index(index("second", "a")).build();
    DiffResult result = SchemaDiffer.diff(schema(before), schema(after), Renames.NONE);
    assertEquals(List.of(
        dropIndexConcurrently("t", index("first", "a")),
        dropIndexConcurrently("t", index("second", "b")),
        new CreateIndex("t", index("first", "b").concurrently()),
        new CreateIndex("t", index("second", "a").concurrently())), result.upgrade());
  }

  @Test
  void diff_renamedForeignKeyToATableWhoseKeyIsRebuilt_isDroppedAndAddedNotRenamed() {
    TableNode teamsBefore = table("teams").id("id", "bigint").column("code", "text").build();
    TableNode teamsAfter = table("teams").column("id", "bigint").column("code", "text")
        .primaryKey("teams_pkey", "id", "code").build();
    TableNode before = table("users").id("id", "bigint").column("team_id", "bigint")
        .foreignKey(foreignKey("users_team_fkey", "team_id", "teams", "id")).build();
    TableNode after = table("users").id("id", "bigint").column("team_id", "bigint")
        .foreignKey(foreignKey("users_team_id_fkey", "team_id", "teams", "id")).build();
    DiffResult result = SchemaDiffer.diff(schema(teamsBefore, before), schema(teamsAfter, after), Renames.NONE);
    assertEquals(List.of(dropConstraint("users", foreignKey("users_team_fkey", "team_id", "teams", "id"))),
        result.upgrade().stream()
            .filter(op -> op instanceof DropConstraint d && d.existing() instanceof ForeignKeyDef).toList());
    assertEquals(List.of(new AddConstraint("users",
            foreignKey("users_team_id_fkey", "team_id", "teams", "id").notValid())),
        result.upgrade().stream()
            .filter(op -> op instanceof AddConstraint a && a.constraint() instanceof ForeignKeyDef).toList());
    assertEquals(List.of(), result.upgrade().stream().filter(op -> op instanceof RenameConstraint).toList());
  }
}
