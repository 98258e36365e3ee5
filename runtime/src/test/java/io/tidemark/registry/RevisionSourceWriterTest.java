package io.tidemark.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ErrorCode;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.fixture.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionSourceWriterTest {
  private final RevisionGraph<RevisionNode> linear = ChainLoader.of(Fixtures.linear());

  @TempDir Path root;

  private Path revisions() throws IOException {
    return Files.createDirectories(root.resolve("com/acme/db"));
  }

  @Test
  void write_handWrittenSourceNotCompiledYet_isTheParentWhateverItsAttributeOrder()
      throws IOException {
    Files.writeString(revisions().resolve("Backfill.java"), """
        package com.acme.db;

        @io.tidemark.Revision(
            message = "backfill", // written by hand
            parent = {"0003_c3c3c3"},
            id = "0004_0a0b0c")
        public final class Backfill implements io.tidemark.Migration {}
        """);

    Path file = new RevisionSourceWriter(root, "com.acme.db").write(linear, "next step");

    String name = file.getFileName().toString();
    assertTrue(name.matches("Rev0005_[0-9a-f]{6}_NextStep\\.java"), name);
    assertTrue(Files.readString(file).contains("parent = \"0004_0a0b0c\", message = \"next step\""),
        Files.readString(file));
  }

  @Test
  void write_longMessage_classNameCutAtAWordAsTheProcessorCutsIt() throws IOException {
    Path file = new RevisionSourceWriter(root, "com.acme.db").write(linear,
        "backfill the order totals from the line items everywhere");

    assertTrue(file.getFileName().toString()
        .matches("Rev0004_[0-9a-f]{6}_BackfillTheOrderTotalsFromTheLineItems\\.java"), file.toString());
  }

  @Test
  void write_sourceOnDiskBreaksAChainRule_thatRulesCodeAndNothingWritten() throws IOException {
    Files.writeString(revisions().resolve("Rev0004_backfill.java"),
        "@Revision(id = \"0004_backfill\", parent = \"0003_c3c3c3\") class Rev0004_backfill {}");
    Files.writeString(revisions().resolve("Second.java"),
        "@Revision(id = \"0001_ffffff\") class Second {}");

    TidemarkException error = assertThrows(TidemarkException.class,
        () -> new RevisionSourceWriter(root, "com.acme.db").write(linear, "next"));

    assertEquals(ErrorCode.TM106, error.code());
    assertTrue(error.reason().contains("Rev0004_backfill.java"), error.reason());
    try (var files = Files.list(revisions())) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void write_sourceWithoutReadableHeader_tm150NamingTheFile() throws IOException {
    Files.writeString(revisions().resolve("Helper.java"), "class Helper {}");
    Files.writeString(revisions().resolve("package-info.java"), "package com.acme.db;");

    TidemarkException error = assertThrows(TidemarkException.class,
        () -> new RevisionSourceWriter(root, "com.acme.db").write(linear, "next"));

    assertEquals(ErrorCode.TM150, error.code());
    assertTrue(error.reason().startsWith(revisions().resolve("Helper.java")
        + " has no readable @Revision"), error.reason());
  }
}
