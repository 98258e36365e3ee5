package io.tidemark.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AddReorderPolicy;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.SetNullable;
import io.tidemark.snapshot.Nodes;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodSplitterTest {
  @Test
  void kind_opClasses_readAsPluralMethodNames() {
    assertEquals("createIndexes", MethodSplitter.kind(new CreateIndex("t", Nodes.index("t_a_idx", "a"))));
    assertEquals("addForeignKeys", MethodSplitter.kind(
        new AddConstraint("t", Nodes.foreignKey("t_a_fkey", "a", "u", "id"))));
    assertEquals("dropPrimaryKeys", MethodSplitter.kind(
        new DropConstraint("t", "t_pkey", new PrimaryKeyDef("t_pkey", List.of("a")))));
    assertEquals("addReorderPolicies", MethodSplitter.kind(new AddReorderPolicy("t", "t_a_idx")));
    assertEquals("setNullability", MethodSplitter.kind(new SetNullable("t", "a", true)));
  }
}
