package io.tidemark.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.processor.ops.AddForeignKey;
import io.tidemark.processor.ops.AddReorderPolicy;
import io.tidemark.processor.ops.CreateIndex;
import io.tidemark.processor.ops.SetNullable;
import io.tidemark.processor.snapshot.Nodes;
import org.junit.jupiter.api.Test;

class MethodSplitterTest {
  @Test
  void kind_opClasses_readAsPluralMethodNames() {
    assertEquals("createIndexes", MethodSplitter.kind(new CreateIndex("t", Nodes.index("t_a_idx", "a"))));
    assertEquals("addForeignKeys", MethodSplitter.kind(
        new AddForeignKey("t", Nodes.foreignKey("t_a_fkey", "a", "u", "id"))));
    assertEquals("addReorderPolicies", MethodSplitter.kind(new AddReorderPolicy("t", "t_a_idx")));
    assertEquals("setNullability", MethodSplitter.kind(new SetNullable("t", "a", true)));
  }
}
