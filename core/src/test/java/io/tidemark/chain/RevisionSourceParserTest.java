package io.tidemark.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RevisionSourceParserTest {
  private static RevisionHeader header(String source) {
    return RevisionSourceParser.parse(source, "R.java").orElseThrow();
  }

  private static Optional<RevisionHeader> parse(String source) {
    return RevisionSourceParser.parse(source, "R.java");
  }

  @Test
  void parse_generatedShape_readsIdAndParent() {
    RevisionHeader header = header("""
        package app.db;

        import io.tidemark.Revision;

        /** Generated; the schema after it is in {@code Rev0002_a1b2c3_AddUsersEmail.snapshot.json}. */
        @Revision(id = "0002_a1b2c3", parent = "0001_9f8e7d", message = "add users.email")
        public final class Rev0002_a1b2c3_AddUsersEmail implements Migration {}
        """);
    assertEquals(new RevisionHeader("0002_a1b2c3", List.of("0001_9f8e7d"), "R.java"), header);
  }

  @Test
  void parse_anyAttributeOrderQualifiedCommentsConcatAndArrays_readsLikeJavac() {
    RevisionHeader header = header("""
        // @Revision(id = "commented_out")
        /* @Revision(id = "0000_000000") */
        @io.tidemark.Revision(
            message = "merge (a, b) {c} \\"quoted\\" class X {",
            parent = { "0002_aaaaaa" , /* left */ "0002_" + "bbbbbb", },
            id = "0003" // sequence
                + "_cccccc")
        class Merge {}
        """);
    assertEquals("0003_cccccc", header.id());
    assertEquals(List.of("0002_aaaaaa", "0002_bbbbbb"), header.parents());
  }

  @Test
  void parse_spacesInsideTheAnnotationNameAndOtherAnnotationsAround_found() {
    RevisionHeader header = header("""
        @SuppressWarnings({"unused", "x"}) @ io . tidemark . Revision ( id = "0004_dddddd" ,
            parent = {"0003_cccccc"} ) @Deprecated final class R {}
        """);
    assertEquals(new RevisionHeader("0004_dddddd", List.of("0003_cccccc"), "R.java"), header);
  }

  @Test
  void parse_escapesInStrings_decodedAsJavaDoes() {
    assertEquals("0001_abcdef", header("@Revision(id = \"\\u0030001_abcdef\") class R {}").id());
    assertEquals("0001_abc\"ef", header("@Revision(id = \"0001_abc\\\"ef\") class R {}").id());
    assertEquals("0001_a\tc", header("@Revision(id = \"0001_a\\tc\") class R {}").id());
    assertEquals("0001_A", header("@Revision(id = \"0001_\\101\") class R {}").id());
  }

  @Test
  void parse_baseRevision_noParentsWithOrWithoutEmptyArray() {
    assertEquals(List.of(), header("@Revision(id = \"0001_abcdef\") class Base {}").parents());
    assertEquals(List.of(), header("@Revision(id = \"0001_abcdef\", parent = {}) class B {}")
        .parents());
  }

  @Test
  void parse_malformedIdKeptForTheRules_notDropped() {
    assertEquals("0002_backfill", header("@Revision(id = \"0002_backfill\") class R {}").id());
    assertEquals("", header("@Revision(id = \"\") class R {}").id());
  }

  @Test
  void parse_noRevisionBeforeTheBody_empty() {
    assertTrue(parse("class Helper {}").isEmpty());
    assertTrue(parse("").isEmpty());
    assertTrue(parse("@RevisionInfo(id = \"0001_abcdef\") class R {}").isEmpty());
    assertTrue(parse("@com.other.Revision(id = \"0001_abcdef\") class R {}").isEmpty());
    assertTrue(parse("class R { @Revision(id = \"0001_abcdef\") class Inner {} }").isEmpty());
    assertTrue(parse("/** @Revision(id = \"0001_abcdef\") */ class R {}").isEmpty());
  }

  @Test
  void parse_idOrParentNotStringLiterals_empty() {
    assertTrue(parse("@Revision(id = ID) class R {}").isEmpty());
    assertTrue(parse("@Revision(id = \"0001_abcdef\", parent = Ids.BASE) class R {}").isEmpty());
    assertTrue(parse("@Revision(id = \"0001_\" + 1) class R {}").isEmpty());
    assertTrue(parse("@Revision(id = \"0001_abcdef\" class R {}").isEmpty());
    assertTrue(parse("@Revision(\"0001_abcdef\") class R {}").isEmpty());
    assertTrue(parse("@Revision(message = \"no id\") class R {}").isEmpty());
    assertTrue(parse("@Revision(id = \"a\", id = \"b\") class R {}").isEmpty());
    assertTrue(parse("@Revision(id = \"0001_abcdef\", parent = {\"a\",, \"b\"}) class R {}")
        .isEmpty());
    assertTrue(parse("@Revision(id = \"unterminated) class R {}").isEmpty());
  }

  @Test
  void parse_messageNotALiteral_stillReadable() {
    assertEquals("0001_abcdef",
        header("@Revision(message = Messages.FIRST, id = \"0001_abcdef\") class R {}").id());
  }

  @Test
  void parse_lockSettingsBesideIdAndParent_readsIdAndParentAsWithout() {
    RevisionHeader header = header("""
        @Revision(id = "0005_e5e5e5", parent = "0004_d4d4d4", message = "hot table",
            lockTimeout = "50ms", lockRetryBudget = Budgets.LONG)
        public final class R implements Migration {}
        """);
    assertEquals(new RevisionHeader("0005_e5e5e5", List.of("0004_d4d4d4"), "R.java"), header);
    assertEquals("0005_e5e5e5", header("@Revision(lockRetryBudget = \"30m\", id = "
        + "\"0005_e5e5e5\", lockTimeout = \"1s\") class R {}").id());
  }

  @Test
  void preamble_textBeforeTheClassBody_keepsJavadocAndAnnotation() {
    String source = """
        /** See {@code R.snapshot.json}. */
        @Revision(id = "0002_a1b2c3", parent = {"0001_9f8e7d"}, message = "class A {")
        final class R implements Migration {
          // R.other.json
        }
        """;
    String preamble = RevisionSourceParser.preamble(source);
    assertTrue(preamble.endsWith("implements Migration {"), preamble);
    assertTrue(preamble.contains("R.snapshot.json"), preamble);
    assertEquals("class R", RevisionSourceParser.preamble("class R"));
  }
}
