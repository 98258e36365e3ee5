package io.tidemark.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ErrorCode;
import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.ChainCode;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.Targets;
import io.tidemark.fixture.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChainLoaderTest {
  private final RevisionGraph<RevisionNode> graph = ChainLoader.of(Fixtures.merged());

  private static List<String> ids(List<RevisionNode> nodes) {
    return nodes.stream().map(RevisionNode::id).toList();
  }

  private static TidemarkException error(Runnable action) {
    return assertThrows(TidemarkException.class, action::run);
  }

  @Test
  void of_mergeChain_isOrderedParentsFirstWithOneHead() {
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2", "0003_c3c3c3", "0004_d4d4d4",
        "0005_d4e5f6", "0006_f6f6f6"), ids(graph.ordered()));
    assertEquals(List.of("0006_f6f6f6"), graph.heads());
    assertEquals(List.of("0003_c3c3c3"), ids(graph.branchPoints()));
    assertEquals("io.tidemark.fixture.Fixtures$MergeAgeAndTags", graph.get("0006_f6f6f6").origin());
  }

  @Test
  void of_sameClassListedTwice_isOneRevision() {
    assertEquals(3, ChainLoader.of(List.of(new Fixtures.CreateUsers(), new Fixtures.AddEmail(),
        new Fixtures.AddEmail(), new Fixtures.CreateOrders())).ordered().size());
  }

  @Test
  void targets_brokenRule_tidemarkExceptionWithTheCodeOfTheRule() {
    Targets<RevisionNode> targets = new Targets<>(graph);
    assertEquals(ErrorCode.TM111, error(() -> targets.upgrade(Set.of(), "000")).code());
    assertEquals(ErrorCode.TM114, error(() -> targets.upgrade(Set.of(), "+7")).code());
    assertEquals(ErrorCode.TM110, error(() -> graph.get("0009_999999")).code());
    RevisionGraph<RevisionNode> branched = ChainLoader.of(Fixtures.branched());
    TidemarkException ambiguous = error(() -> new Targets<>(branched).upgrade(Set.of(), "head"));
    assertEquals(ErrorCode.TM112, ambiguous.code());
    assertEquals("[TM112] 'head' is ambiguous: the chain has 2 heads [0004_d4d4d4, 0005_d4e5f6]."
        + " Use 'heads' to reach all of them, name one, or add a merge revision with both as"
        + " parents.", ambiguous.getMessage());
  }

  @Test
  void errorCode_everyChainRule_hasTheRuntimeCodeOfTheSameNameAndMeaning() {
    for (ChainCode rule : ChainCode.values()) {
      assertEquals(rule.name(), ErrorCode.of(rule).name());
      assertEquals(rule.meaning(), ErrorCode.of(rule).meaning());
    }
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
    assertEquals(ErrorCode.TM101, error(() -> ChainLoader.of(List.of(new NotAnnotated())))
        .code());
    assertEquals(ErrorCode.TM102, error(() -> ChainLoader.of(List.of(
        new Fixtures.AddEmail(), new Fixtures.AddEmailEdited()))).code());
    TidemarkException missing = error(() -> ChainLoader.of(List.of(
        new Fixtures.CreateUsers(), new Orphan())));
    assertEquals(ErrorCode.TM103, missing.code());
    assertEquals("0002_eeeeee", missing.revision());
    assertEquals(ErrorCode.TM104, error(() -> ChainLoader.of(List.of(
        new Fixtures.CreateUsers(), new LoopA(), new LoopB()))).code());
    assertEquals(ErrorCode.TM105, error(() -> ChainLoader.of(List.of(new LoopA(),
        new LoopB()))).code());
    TidemarkException badId = error(() -> ChainLoader.of(List.of(new BadId())));
    assertEquals(ErrorCode.TM106, badId.code());
    assertEquals("Revision id '2' of io.tidemark.registry.ChainLoaderTest$BadId is not of the"
        + " form NNNN_hhhhhh (four digits, underscore, six lower-case hex digits). Give it such"
        + " an id, for example the next free sequence number and six hex digits, and change the"
        + " parents that name the old one.", badId.reason());
  }
}
