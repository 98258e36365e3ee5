package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tidemark.processor.Compiles.compile;
import static io.tidemark.processor.Compiles.revisionFiles;

import com.google.testing.compile.Compilation;
import io.tidemark.processor.render.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column and a table leave the model ({@code lint/drop/v1} to {@code v2}): the first revision
 * keeps both, relaxing the NOT NULL column, and the snapshot still lists them; once acknowledged
 * ({@code v3}) the drops are generated, each with its reason, and the acknowledgements are stale
 * from then on.
 */
class TwoStepDropTest {
  private static final String[] V1 = {"lint/drop/v1/Archive.java", "lint/drop/v1/Ledger.java",
      "lint/drop/v1/Shipment.java"};
  private static final String[] V2 = {"lint/drop/v2/Ledger.java", "lint/drop/v2/Shipment.java"};
  private static final String[] V3 = {"lint/drop/v3/package-info.java",
      "lint/drop/v3/Ledger.java", "lint/drop/v3/Shipment.java"};

  @TempDir Path dir;

  @Test
  void removedColumnAndTable_firstStep_keepsThemAndRelaxesNotNull() throws IOException {
    assertThat(compile(dir, V1)).succeeded();

    Compilation stepOne = compile(dir, V2);

    assertThat(stepOne).succeeded();
    assertThat(stepOne).hadWarningContaining("[TM209] column shipment.legacy_code is no longer in"
        + " the model but stays in the database, where the code still running uses it; this"
        + " revision makes it nullable, so inserts that leave it out work.")
        .inFile(Compiles.source("lint/drop/v2/Shipment.java")).onLineContaining("@Table");
    assertThat(stepOne).hadWarningContaining("[TM210] table archive is no longer in the model");
    String revision = newest(dir, ".java");
    assertThat(revision).contains("op.dropNotNull(\"shipment\", \"legacy_code\");");
    assertThat(revision).doesNotContain("dropColumn");
    assertThat(revision).doesNotContain("dropTable");
    String snapshot = newest(dir, ".snapshot.json");
    assertThat(snapshot).contains("\"legacy_code\"");
    assertThat(snapshot).contains("\"archive\"");
  }

  @Test
  void pendingDrops_nextCompile_writesNothingAndWarnsAgain() throws IOException {
    compile(dir, V1);
    compile(dir, V2);
    List<String> files = revisionFiles(dir);

    Compilation again = compile(dir, V2);

    assertThat(again).succeeded();
    assertThat(revisionFiles(dir)).isEqualTo(files);
    assertThat(again).hadWarningContaining("[TM209] column shipment.legacy_code");
    assertThat(again).hadWarningContaining("[TM210] table archive");
  }

  @Test
  void acknowledgedDrops_secondStep_dropWithTheReasonsAndMatchGolden() throws IOException {
    compile(dir, V1);
    compile(dir, V2);

    Compilation stepTwo = compile(dir, V3);

    assertThat(stepTwo).succeededWithoutWarnings();
    // ids hash the revisions' text: masked, so that only this revision's own text counts
    Golden.assertMatches("AcknowledgedDrops.java.txt",
        newest(dir, ".java").replaceAll("(\\d{4})_[0-9a-f]{6}", "$1_xxxxxx"));
    String snapshot = newest(dir, ".snapshot.json");
    assertThat(snapshot).doesNotContain("legacy_code");
    assertThat(snapshot).doesNotContain("archive");
  }

  @Test
  void acknowledgements_afterTheirRevision_areStale() throws IOException {
    compile(dir, V1);
    compile(dir, V2);
    compile(dir, V3);
    List<String> files = revisionFiles(dir);

    Compilation again = compile(dir, V3);

    assertThat(again).succeeded();
    assertThat(revisionFiles(dir)).isEqualTo(files);
    assertThat(again).hadWarningContaining("[TM220] @Acknowledge(rule = \"dropColumn\") on Shipment"
        + " covers shipment.legacy_code, where this change breaks no rule TM209 (dropColumn).")
        .inFile(Compiles.source("lint/drop/v3/Shipment.java")).onLineContaining("@Acknowledge");
    assertThat(again).hadWarningContaining("[TM220] @Acknowledge(rule = \"TM200\") on field amount")
        .inFile(Compiles.source("lint/drop/v3/Ledger.java")).onLineContaining("@Acknowledge");
    assertThat(again).hadWarningContaining("[TM220] @Acknowledge(rule = \"dropTable\") on package"
        + " app covers archive")
        .inFile(Compiles.source("lint/drop/v3/package-info.java")).onLineContaining("@Acknowledge");
  }

  /** The text of the newest revision file ending in {@code suffix}. */
  private static String newest(Path dir, String suffix) throws IOException {
    List<String> files = new ArrayList<>(revisionFiles(dir));
    files.removeIf(f -> !f.endsWith(suffix));
    return Files.readString(dir.resolve(Compiles.PACKAGE.replace('.', '/'))
        .resolve(files.get(files.size() - 1)));
  }
}
