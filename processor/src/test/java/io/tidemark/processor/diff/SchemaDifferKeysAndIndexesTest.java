package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.dropConstraint;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expression indexes, collations and operator classes, NULLS NOT DISTINCT, multi-column and
 * deferrable foreign keys: each a change of its definition, rebuilt by the safe plans.
 */
class SchemaDifferKeysAndIndexesTest {
  private static final TableNode TENANTS = table("tenants").column(notNull("tenant_id", "bigint"))
      .column(notNull("id", "bigint")).primaryKey("tenants_pkey", "tenant_id", "id").build();
  private static final ForeignKeyDef MEMBER_TENANT = new ForeignKeyDef(
      "members_tenant_id_parent_id_fkey", List.of("tenant_id", "parent_id"), "tenants",
      List.of("tenant_id", "id"), "CASCADE", null);

  private static TableNode members(ForeignKeyDef key, IndexDef... indexes) {
    var table = table("members").id("id", "bigint").column(notNull("tenant_id", "bigint"))
        .column("parent_id", "bigint").column("email", "text").foreignKey(key);
    for (IndexDef index : indexes) {
      table.index(index);
    }
    return table.build();
  }

  @Test
  void diff_newTablesWithCompositeDeferrableKey_addsTheKeyAfterBothTables() {
    ForeignKeyDef deferred = MEMBER_TENANT.deferrable(true);
    DiffResult result = diff(schema(), schema(members(deferred), TENANTS));
    assertEquals(new AddConstraint("members", deferred), result.upgrade().get(2));
    assertDowngradeReverses(result);
  }

  @Test
  void diff_keyMadeDeferrable_isDroppedAndAddedNotValidThenValidated() {
    ForeignKeyDef deferred = MEMBER_TENANT.deferrable(false);
    DiffResult result =
        diff(schema(members(MEMBER_TENANT), TENANTS), schema(members(deferred), TENANTS));
    assertEquals(List.of(dropConstraint("members", MEMBER_TENANT),
        new AddConstraint("members", deferred.notValid()),
        new ValidateConstraint("members", MEMBER_TENANT.name())), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_indexGainsCollationOrOperatorClass_isRebuiltConcurrently() {
    IndexDef plain = index("members_email_idx", "lower(email)");
    IndexDef collated = index("members_email_idx", "lower(email) COLLATE \"C\" text_pattern_ops");
    DiffResult result = diff(schema(members(MEMBER_TENANT, plain), TENANTS),
        schema(members(MEMBER_TENANT, collated), TENANTS));
    assertEquals(List.of(new DropIndex("members", plain.name(), true, plain.concurrently()),
        new CreateIndex("members", collated.concurrently())), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_uniqueIndexGainsNullsNotDistinct_isRebuilt() {
    IndexDef distinct = index("members_email_key", "email").unique();
    DiffResult result = diff(schema(members(MEMBER_TENANT, distinct), TENANTS),
        schema(members(MEMBER_TENANT, distinct.nullsNotDistinct()), TENANTS));
    assertEquals(List.of(new DropIndex("members", distinct.name(), true, distinct.concurrently()),
        new CreateIndex("members", distinct.nullsNotDistinct().concurrently())),
        result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_uniqueConstraintWithNullsNotDistinctOnExistingTable_takesOverAnEqualNullsIndex() {
    TableNode before = members(MEMBER_TENANT);
    UniqueDef key = new UniqueDef("members_email_key", List.of("email")).nullsNotDistinct();
    TableNode after = table("members").id("id", "bigint").column(notNull("tenant_id", "bigint"))
        .column("parent_id", "bigint").column("email", "text").foreignKey(MEMBER_TENANT)
        .unique(key).build();
    DiffResult result = diff(schema(before, TENANTS), schema(after, TENANTS));
    assertEquals(List.of(
        new CreateIndex("members", index("members_email_key", "email").unique()
            .nullsNotDistinct().concurrently()),
        new AddConstraint("members", key.usingIndex("members_email_key"))), result.upgrade());
    assertEquals(List.of(new DropConstraint("members", "members_email_key",
        key.usingIndex("members_email_key"))), result.downgrade());
  }
}
