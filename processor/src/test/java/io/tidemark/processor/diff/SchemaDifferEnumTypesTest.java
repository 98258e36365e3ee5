package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.AlterEnumType;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateEnumType;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.DropEnumType;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.EnumColumn;
import io.tidemark.ddl.SetDefault;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enum types: created before their tables, dropped after them, values changed in between. */
class SchemaDifferEnumTypesTest {
  private static final EnumNode STATUS =
      new EnumNode("shop", "status", "com.acme.Status", List.of("NEW", "PAID"));

  private static TableNode orders(String statusType) {
    return table("orders").id("id", "bigint")
        .column(new ColumnDef("status", statusType, false, "'NEW'")).build();
  }

  private static Schema schema(TableNode table, EnumNode... enums) {
    return new Schema(List.of(table), List.of(), List.of(enums));
  }

  private static DiffResult diff(Schema before, Schema after, Map<String, Map<String, String>> renamed) {
    return SchemaDiffer.diff(before, after, Renames.NONE.withEnumValues(renamed));
  }

  @Test
  void diff_newTableWithEnumColumn_createsSchemaThenTypeThenTable() {
    TableNode orders = orders("shop.status");
    DiffResult result = diff(Schema.EMPTY, schema(orders, STATUS), Map.of());
    assertEquals(List.of(new CreateSchema("shop"),
        new CreateEnumType("shop.status", List.of("NEW", "PAID")), orders.createTable()),
        result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_addedAndRenamedValues_alterTheTypeWithItsColumns() {
    EnumNode changed = new EnumNode("shop", "status", "com.acme.Status",
        List.of("DRAFT", "NEW", "SETTLED"));
    DiffResult result = diff(schema(orders("shop.status"), STATUS),
        schema(orders("shop.status"), changed), Map.of("shop.status", Map.of("SETTLED", "PAID")));
    assertEquals(List.of(new AlterEnumType("shop.status", List.of("NEW", "PAID"),
        List.of("DRAFT", "NEW", "SETTLED"), Map.of("PAID", "SETTLED"),
        List.of(new EnumColumn("orders", "status", "'NEW'")))), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_checkFormBecomesNativeEnum_createsTheTypeBeforeTheColumnChangesAndDropsItAfter() {
    TableNode text = orders("text");
    TableNode typed = orders("shop.status");
    DiffResult result = diff(schema(text), schema(typed, STATUS), Map.of());
    // The default is dropped around the type change: PostgreSQL cannot cast it.
    assertEquals(List.of(CreateSchema.class, CreateEnumType.class, SetDefault.class,
        AlterColumnType.class, SetDefault.class),
        result.upgrade().stream().map(Object::getClass).toList());
    DiffResult back = diff(schema(typed, STATUS), schema(text), Map.of());
    assertEquals(List.of(SetDefault.class, AlterColumnType.class, SetDefault.class,
        DropEnumType.class, DropSchema.class),
        back.upgrade().stream().map(Object::getClass).toList());
    assertDowngradeReverses(back);
  }

  @Test
  void diff_unchangedEnum_givesNothing() {
    assertEquals(List.of(), diff(schema(orders("shop.status"), STATUS),
        schema(orders("shop.status"), STATUS), Map.of()).upgrade());
  }
}
