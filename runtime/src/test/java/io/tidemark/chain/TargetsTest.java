package io.tidemark.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ErrorCode;
import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;
import io.tidemark.TidemarkException;
import io.tidemark.fixture.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetsTest {
  private final RevisionGraph graph = RevisionGraph.of(Fixtures.merged());
  private final Targets targets = new Targets(graph);

  private static List<String> ids(List<RevisionNode> nodes) {
    return nodes.stream().map(RevisionNode::id).toList();
  }

  private static TidemarkException error(Runnable action) {
    return assertThrows(TidemarkException.class, action::run);
  }

  @Test
  void graph_mergeChain_isOrderedParentsFirstWithOneHead() {
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2", "0003_c3c3c3", "0004_d4d4d4",
        "0005_d4e5f6", "0006_f6f6f6"), ids(graph.ordered()));
    assertEquals(List.of("0006_f6f6f6"), graph.heads());
    assertEquals(List.of("0003_c3c3c3"), ids(graph.branchPoints()));
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
  void errors_haveTheirCodes() {
    assertEquals(ErrorCode.TM111, error(() -> targets.upgrade(Set.of(), "000")).code());
    assertEquals(ErrorCode.TM110, error(() -> targets.upgrade(Set.of(), "0009")).code());
    assertEquals(ErrorCode.TM113, error(() -> targets.upgrade(Set.of(), "-1")).code());
    assertEquals(ErrorCode.TM113, error(() -> targets.downgrade(Set.of(), "+1")).code());
    assertEquals(ErrorCode.TM114, error(() -> targets.upgrade(Set.of(), "+7")).code());
    assertEquals(ErrorCode.TM114, error(() -> targets.downgrade(Set.of(), "-1")).code());
    assertEquals(ErrorCode.TM113, error(() -> targets.upgrade(Set.of(), "0003+1")).code());
    assertEquals(ErrorCode.TM114, error(() -> targets.upgrade(Set.of(), "0001-2")).code());
    Set<String> twoHeads = graph.withAncestors(List.of("0004_d4d4d4", "0005_d4e5f6"));
    assertEquals(ErrorCode.TM112, error(() -> targets.downgrade(twoHeads, "-1")).code());
    RevisionGraph branched = RevisionGraph.of(Fixtures.branched());
    assertEquals(ErrorCode.TM112, error(() -> new Targets(branched).upgrade(Set.of(), "head"))
        .code());
  }

  @Revision(id = "0002_eeeeee", parent = "0009_999999", message = "orphan")
  static final class Orphan implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  @Revision(id = "0001_aaaaaa", parent = "0002_bbbbbb", message = "loop a")
  static final class LoopA implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  @Revision(id = "0002_bbbbbb", parent = "0001_aaaaaa", message = "loop b")
  static final class LoopB implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  @Revision(id = "2", message = "bad id")
  static final class BadId implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  static final class NotAnnotated implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  @Test
  void invalidChains_areRejectedBeforeAnyDatabaseWork() {
    assertEquals(ErrorCode.TM101, error(() -> RevisionGraph.of(List.of(new NotAnnotated())))
        .code());
    assertEquals(ErrorCode.TM102, error(() -> RevisionGraph.of(List.of(
        new Fixtures.AddEmail(), new Fixtures.AddEmailEdited()))).code());
    TidemarkException missing = error(() -> RevisionGraph.of(List.of(
        new Fixtures.CreateUsers(), new Orphan())));
    assertEquals(ErrorCode.TM103, missing.code());
    assertEquals("0002_eeeeee", missing.revision());
    assertEquals(ErrorCode.TM104, error(() -> RevisionGraph.of(List.of(
        new Fixtures.CreateUsers(), new LoopA(), new LoopB()))).code());
    assertEquals(ErrorCode.TM105, error(() -> RevisionGraph.of(List.of(new LoopA(),
        new LoopB()))).code());
    assertEquals(ErrorCode.TM106, error(() -> RevisionGraph.of(List.of(new BadId()))).code());
  }
}
