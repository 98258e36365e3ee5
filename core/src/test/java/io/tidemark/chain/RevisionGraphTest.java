package io.tidemark.chain;

import static io.tidemark.chain.Chains.graph;
import static io.tidemark.chain.Chains.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {
  private final RevisionGraph<RevisionHeader> graph = Chains.merged();

  private static List<String> ids(List<RevisionHeader> nodes) {
    return nodes.stream().map(RevisionHeader::id).toList();
  }

  @Test
  void ordered_mergeChainGivenInAnyOrder_parentsFirstTiesById() {
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2", "0003_c3c3c3", "0004_d4d4d4",
        "0005_d4e5f6", "0006_f6f6f6"), ids(graph.ordered()));
  }

  @Test
  void ordered_branchesOfDifferentLength_readyRevisionsTakenByIdNotByBranch() {
    RevisionGraph<RevisionHeader> branches = graph(node("0001_a1a1a1"),
        node("0002_ffffff", "0001_a1a1a1"), node("0003_000000", "0002_ffffff"),
        node("0002_000000", "0001_a1a1a1"));
    assertEquals(List.of("0001_a1a1a1", "0002_000000", "0002_ffffff", "0003_000000"),
        ids(branches.ordered()));
    assertEquals(List.of("0002_000000", "0003_000000"), branches.heads());
  }

  @Test
  void shape_mergeChain_headsBranchPointsMergePointsChildren() {
    assertEquals(List.of("0006_f6f6f6"), graph.heads());
    assertEquals(List.of("0003_c3c3c3"), ids(graph.branchPoints()));
    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6"), graph.children("0003_c3c3c3"));
    assertTrue(graph.get("0006_f6f6f6").isMerge());
    assertFalse(graph.get("0004_d4d4d4").isMerge());
  }

  @Test
  void ancestry_ofABranch_followsParentsOrChildren() {
    assertEquals(Set.of("0001_a1a1a1", "0002_b2b2b2", "0003_c3c3c3", "0004_d4d4d4"),
        graph.withAncestors(List.of("0004_d4d4d4")));
    assertEquals(Set.of("0004_d4d4d4", "0006_f6f6f6"),
        graph.withDescendants(List.of("0004_d4d4d4")));
    Set<String> twoBranches = graph.withAncestors(List.of("0004_d4d4d4", "0005_d4e5f6"));
    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6"), graph.headsOf(twoBranches));
    assertEquals(List.of("0003_c3c3c3", "0004_d4d4d4"),
        ids(graph.inOrder(Set.of("0004_d4d4d4", "0003_c3c3c3"))));
  }

  @Test
  void matching_prefixOfIdOrHash_sortedMatches() {
    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6"), graph.matching("d4"));
    assertEquals(List.of("0002_b2b2b2"), graph.matching("0002"));
    assertEquals(List.of("0001_a1a1a1"), graph.matching("0001_a1a1a1"));
    assertEquals(List.of(), graph.matching("0009"));
  }

  @Test
  void nextSequence_highestSequencePlusOne() {
    assertEquals(7, graph.nextSequence());
  }

  @Test
  void get_unknownId_tm110ThroughTheFactory() {
    Chains.Broken broken = assertThrows(Chains.Broken.class, () -> graph.get("0009_999999"));
    assertEquals(ChainCode.TM110, broken.problem.code());
    assertEquals("No revision '0009_999999' in the chain.", broken.problem.message());
  }
}
