package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionSourceParserTest {
  @Test
  void parse_generatedShape_readsIdAndParent() {
    var header = RevisionSourceParser.parse("""
        package app.db;

        @Revision(id = "0002_a1b2c3", parent = "0001_9f8e7d", message = "add users.email")
        public final class Rev0002_a1b2c3_AddUsersEmail implements Migration {}
        """).orElseThrow();
    assertThat(header.id()).isEqualTo("0002_a1b2c3");
    assertThat(header.parents()).containsExactly("0001_9f8e7d");
  }

  @Test
  void parse_handWrittenFormatting_toleratesCommentsConcatAndArrays() {
    var header = RevisionSourceParser.parse("""
        // @Revision(id = "commented_out")
        @io.tidemark.Revision(
            message = "merge (a, b) \\"quoted\\"",
            parent = { "0002_aaaaaa" , /* left */ "0002_" + "bbbbbb" },
            id = "0003_cccccc")
        class Merge {}
        """).orElseThrow();
    assertThat(header.id()).isEqualTo("0003_cccccc");
    assertThat(header.parents()).containsExactly("0002_aaaaaa", "0002_bbbbbb").inOrder();
  }

  @Test
  void parse_baseRevisionWithoutParent_hasNoParents() {
    var header = RevisionSourceParser.parse("@Revision(id = \"0001_abcdef\") class Base {}").orElseThrow();
    assertThat(header.parents()).isEmpty();
  }

  @Test
  void parse_noAnnotationOrNonLiteralId_empty() {
    assertThat(RevisionSourceParser.parse("class Helper {}")).isEmpty();
    assertThat(RevisionSourceParser.parse("@Revision(id = ID) class R {}")).isEmpty();
    assertThat(RevisionSourceParser.parse("@Revision(id = \"0001_abcdef\" class R {}")).isEmpty();
  }

  @Test
  void sequence_idPrefix_parsed() {
    RevisionFile file = new RevisionFile("0012_abcdef", List.of(), "Rev", java.nio.file.Path.of("Rev.java"), true);
    assertThat(file.sequence().getAsInt()).isEqualTo(12);
    assertThat(new RevisionFile("custom", List.of(), "R", java.nio.file.Path.of("R.java"), false).sequence().isPresent())
        .isFalse();
  }
}
