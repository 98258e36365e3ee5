package io.tidemark.chain;

import static io.tidemark.chain.Chains.check;
import static io.tidemark.chain.Chains.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainCheckTest {
  private static List<String> codes(ChainCheck<RevisionHeader> check) {
    return check.problems().stream().map(p -> p.code() + " " + p.revision()).toList();
  }

  @Test
  void check_validChain_hasNoProblemAndAGraph() {
    ChainCheck<RevisionHeader> check = check(node("0001_a1a1a1"), node("0002_b2b2b2", "0001_a1a1a1"));
    assertEquals(List.of(), check.problems());
    assertEquals(List.of("0002_b2b2b2"), check.graph().heads());
  }

  @Test
  void check_emptyChain_isValidAndEmpty() {
    assertTrue(check().graph().isEmpty());
    assertEquals(1, check().graph().nextSequence());
  }

  @Test
  void check_malformedIds_tm106OnEach() {
    ChainCheck<RevisionHeader> check = check(node("0001_a1a1a1"),
        node("0002_backfill", "0001_a1a1a1"), node("2_abcdef", "0002_backfill"),
        node("0002_ABCDEF", "0001_a1a1a1"), node("0002-abcdef", "0001_a1a1a1"),
        node("", "0001_a1a1a1"));
    assertEquals(List.of("TM106 0002_backfill", "TM106 2_abcdef", "TM106 0002_ABCDEF",
        "TM106 0002-abcdef", "TM106 "), codes(check));
    assertEquals("Revision id '0002_backfill' of Rev0002_backfill.java is not of the form"
        + " NNNN_hhhhhh (four digits, underscore, six lower-case hex digits). Give it such an id,"
        + " for example the next free sequence number and six hex digits, and change the"
        + " parents that name the old one.", check.problems().get(0).message());
  }

  @Test
  void check_duplicateId_tm102OnTheSecondNamingBoth() {
    RevisionHeader first = node("0002_b2b2b2", "0001_a1a1a1");
    RevisionHeader second = new RevisionHeader("0002_b2b2b2", List.of("0001_a1a1a1"), "Other.java");
    ChainCheck<RevisionHeader> check = check(node("0001_a1a1a1"), first, second);
    assertEquals(List.of("TM102 0002_b2b2b2"), codes(check));
    assertSame(second, check.problems().get(0).node());
    assertEquals("Revision id 0002_b2b2b2 is used by Rev0002_b2b2b2.java and by Other.java. Give"
        + " one of them a new id (and move its children onto it).", check.problems().get(0).message());
  }

  @Test
  void check_unknownParent_tm103NamingTheParent() {
    ChainCheck<RevisionHeader> check = check(node("0001_a1a1a1"), node("0002_eeeeee", "0009_999999"));
    assertEquals(List.of("TM103 0002_eeeeee"), codes(check));
    assertEquals("Revision 0002_eeeeee (Rev0002_eeeeee.java) names parent 0009_999999, which no"
        + " revision of the chain has. Restore that revision or change the parent to an existing"
        + " id.", check.problems().get(0).message());
  }

  @Test
  void check_secondBase_tm105OnEachBaseAfterTheFirst() {
    ChainCheck<RevisionHeader> check = check(node("0003_cccccc"), node("0001_a1a1a1"),
        node("0002_b2b2b2", "0001_a1a1a1"), node("0002_bbbbbb"));
    assertEquals(List.of("TM105 0002_bbbbbb", "TM105 0003_cccccc"), codes(check));
    assertEquals("The revision graph has 3 base revisions [0001_a1a1a1, 0002_bbbbbb,"
        + " 0003_cccccc]; exactly one revision may have no parent. Give 0002_bbbbbb"
        + " (Rev0002_bbbbbb.java) a parent: the revision it follows.",
        check.problems().get(0).message());
  }

  @Test
  void check_cycleWithoutBase_tm105ThenTm104OnEachMember() {
    ChainCheck<RevisionHeader> check = check(node("0001_aaaaaa", "0002_bbbbbb"),
        node("0002_bbbbbb", "0001_aaaaaa"));
    assertEquals(List.of("TM105 null", "TM104 0001_aaaaaa", "TM104 0002_bbbbbb"), codes(check));
  }

  @Test
  void check_cycleBesideBase_tm104OnTheCycleOnlyNotOnItsDescendants() {
    ChainCheck<RevisionHeader> check = check(node("0001_a1a1a1"),
        node("0002_b2b2b2", "0001_a1a1a1", "0004_d4d4d4"), node("0003_c3c3c3", "0002_b2b2b2"),
        node("0004_d4d4d4", "0003_c3c3c3"), node("0005_e5e5e5", "0004_d4d4d4"),
        node("0006_f6f6f6", "0006_f6f6f6"));
    assertEquals(List.of("TM104 0002_b2b2b2", "TM104 0003_c3c3c3", "TM104 0004_d4d4d4",
        "TM104 0006_f6f6f6"), codes(check));
    assertTrue(check.problems().get(0).message().startsWith("The revisions [0002_b2b2b2,"
        + " 0003_c3c3c3, 0004_d4d4d4, 0006_f6f6f6] form a cycle through their parents;"
        + " 0002_b2b2b2 (Rev0002_b2b2b2.java) is one of them."), check.problems().get(0).message());
  }

  @Test
  void check_severalRules_reportsEveryProblemInRuleOrder() {
    ChainCheck<RevisionHeader> check = check(node("0001_a1a1a1"), node("0002_x", "0001_a1a1a1"),
        node("0003_c3c3c3", "0009_999999"), node("0003_c3c3c3"), node("0004_d4d4d4"));
    assertEquals(List.of("TM106 0002_x", "TM102 0003_c3c3c3", "TM103 0003_c3c3c3",
        "TM105 0004_d4d4d4"), codes(check));
  }

  @Test
  void graph_withProblems_throwsTheFirstThroughTheCallersFactory() {
    Chains.Broken broken = assertThrows(Chains.Broken.class,
        () -> check(node("0001_a1a1a1"), node("0002_eeeeee", "0009_999999")).graph());
    assertEquals(ChainCode.TM103, broken.problem.code());
    assertEquals("0002_eeeeee", broken.problem.revision());
  }
}
