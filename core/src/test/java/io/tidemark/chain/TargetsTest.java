package io.tidemark.chain;

import static io.tidemark.chain.Chains.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TargetsTest {
  private final RevisionGraph<RevisionHeader> graph = Chains.merged();
  private final Targets<RevisionHeader> targets = new Targets<>(graph);

  private static List<String> ids(List<RevisionHeader> nodes) {
    return nodes.stream().map(RevisionHeader::id).toList();
  }

  private static ChainCode error(Executable action) {
    return assertThrows(Chains.Broken.class, action).problem.code();
  }

  @Test
  void upgrade_eachTargetForm_namesTheRevisionsToRun() {
    assertEquals(6, targets.upgrade(Set.of(), "head").size());
    assertEquals(6, targets.upgrade(Set.of(), "heads").size());
    assertEquals(List.of(), targets.upgrade(Set.of(), "base"));
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2"), ids(targets.upgrade(Set.of(), "+2")));
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2"), ids(targets.upgrade(Set.of(), "0002")));
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2"), ids(targets.upgrade(Set.of(), "b2b")));
    assertEquals(List.of("0002_b2b2b2", "0003_c3c3c3"),
        ids(targets.upgrade(Set.of("0001_a1a1a1"), "0001_a1a1a1+2")));
    assertEquals(List.of("0001_a1a1a1"), ids(targets.upgrade(Set.of(), "0003_c3c3c3-2")));
    assertEquals(List.of("0003_c3c3c3", "0005_d4e5f6"),
        ids(targets.upgrade(Set.of("0001_a1a1a1", "0002_b2b2b2"), "0005_d4e5f6")));
  }

  @Test
  void downgrade_eachTargetForm_namesTheRevisionsToRevertChildrenFirst() {
    Set<String> all = graph.withAncestors(graph.heads());
    assertEquals(List.of("0006_f6f6f6", "0005_d4e5f6", "0004_d4d4d4", "0003_c3c3c3",
        "0002_b2b2b2", "0001_a1a1a1"), ids(targets.downgrade(all, "base")));
    assertEquals(List.of("0006_f6f6f6"), ids(targets.downgrade(all, "-1")));
    assertEquals(List.of("0006_f6f6f6", "0005_d4e5f6", "0004_d4d4d4"),
        ids(targets.downgrade(all, "-2")));
    assertEquals(List.of("0006_f6f6f6", "0005_d4e5f6", "0004_d4d4d4", "0003_c3c3c3"),
        ids(targets.downgrade(all, "0003-1")));
    assertEquals(List.of(), ids(targets.downgrade(all, "heads")));
  }

  @Test
  void state_andSingle_resolveThroughTheGraph() {
    assertEquals(Set.of("0001_a1a1a1", "0002_b2b2b2"), targets.state(Set.of(), "0002"));
    assertEquals(Set.of("0001_a1a1a1"), targets.state(Set.of("0001_a1a1a1", "0002_b2b2b2"), "-1"));
    assertEquals("0006_f6f6f6", targets.single(Set.of(), "head").id());
    assertEquals(ChainCode.TM113, error(() -> targets.single(Set.of(), "base")));
  }

  @Test
  void errors_haveTheirCodes() {
    assertEquals(ChainCode.TM111, error(() -> targets.upgrade(Set.of(), "000")));
    assertEquals(ChainCode.TM110, error(() -> targets.upgrade(Set.of(), "0009")));
    assertEquals(ChainCode.TM113, error(() -> targets.upgrade(Set.of(), "-1")));
    assertEquals(ChainCode.TM113, error(() -> targets.downgrade(Set.of(), "+1")));
    assertEquals(ChainCode.TM114, error(() -> targets.upgrade(Set.of(), "+7")));
    assertEquals(ChainCode.TM114, error(() -> targets.downgrade(Set.of(), "-1")));
    assertEquals(ChainCode.TM113, error(() -> targets.upgrade(Set.of(), "0003+1")));
    assertEquals(ChainCode.TM114, error(() -> targets.upgrade(Set.of(), "0001-2")));
    Set<String> twoHeads = graph.withAncestors(List.of("0004_d4d4d4", "0005_d4e5f6"));
    assertEquals(ChainCode.TM112, error(() -> targets.downgrade(twoHeads, "-1")));
    RevisionGraph<RevisionHeader> branched = Chains.graph(node("0001_a1a1a1"),
        node("0002_b2b2b2", "0001_a1a1a1"), node("0003_c3c3c3", "0001_a1a1a1"));
    assertEquals(ChainCode.TM112, error(() -> new Targets<>(branched).upgrade(Set.of(), "head")));
  }
}
