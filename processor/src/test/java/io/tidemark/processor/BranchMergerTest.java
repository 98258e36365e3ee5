package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchMergerTest {
  private static TableNode table(String name, String... columns) {
    return new TableNode("", name, "app." + name,
        Arrays.stream(columns).map(c -> new ColumnDef(c, "text", true, null)).toList(),
        null, List.of(), List.of(), List.of(), List.of(), null);
  }

  private static Schema schema(TableNode... tables) {
    return new Schema(List.of(tables), List.of());
  }

  @Test
  void merge_changesOnDifferentTables_unionOfBoth() {
    Schema base = schema(table("users", "id"));
    Schema left = schema(table("users", "id", "email"));
    Schema right = schema(table("users", "id"), table("orders", "id"));
    BranchMerger.Result result = BranchMerger.merge(base, left, right);
    assertThat(result.conflicts()).isEmpty();
    assertThat(result.merged()).isEqualTo(schema(table("users", "id", "email"), table("orders", "id")));
  }

  @Test
  void merge_sameChangeOnBothSides_noConflict() {
    Schema base = schema();
    Schema both = schema(table("users", "id"));
    assertThat(BranchMerger.merge(base, both, both).merged()).isEqualTo(both);
  }

  @Test
  void merge_dropOnOneSide_dropped() {
    Schema base = schema(table("users", "id"), table("old", "id"));
    Schema left = schema(table("users", "id"));
    Schema right = schema(table("users", "id", "name"), table("old", "id"));
    assertThat(BranchMerger.merge(base, left, right).merged())
        .isEqualTo(schema(table("users", "id", "name")));
  }

  @Test
  void merge_sameTableChangedDifferently_conflictNamesTable() {
    Schema base = schema(table("users", "id"));
    Schema left = schema(table("users", "id", "email"));
    Schema right = schema(table("users", "id", "phone"));
    assertThat(BranchMerger.merge(base, left, right).conflicts()).containsExactly("table users");
  }
}
