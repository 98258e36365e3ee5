package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tidemark.processor.Compiles.compile;
import static io.tidemark.processor.Compiles.revisionFiles;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two developers branch from one revision: the processor sees two heads on disk and writes
 * a merge revision, or reports the conflict when both changed the same table differently.
 */
class BranchTest {
  @TempDir Path dir;

  /** Writes a base revision, then one branch revision per entry of {@code branches}. */
  private List<String> branches(String[] base, String[]... branches) throws IOException {
    compile(dir, base);
    Path pkg = dir.resolve("app/db");
    List<String> baseFiles = revisionFiles(dir);
    List<Path> kept = new ArrayList<>();
    for (String[] branch : branches) {
      assertThat(compile(dir, branch)).succeeded();
      for (String file : revisionFiles(dir)) {
        Path path = pkg.resolve(file);
        if (!baseFiles.contains(file) && Files.exists(path)) {
          Path aside = dir.resolve(file);
          Files.move(path, aside);
          kept.add(aside);
        }
      }
    }
    for (Path aside : kept) {
      Files.move(aside, pkg.resolve(aside.getFileName()));
    }
    return revisionFiles(dir).stream()
        .filter(f -> f.endsWith(".java") && !baseFiles.contains(f))
        .map(f -> f.substring(3, 14))
        .toList();
  }

  @Test
  void twoHeads_mergedSnapshotIsModel_writesMergeRevisionWithoutOps() throws IOException {
    List<String> heads = branches(new String[] {"good/Tenant.java"},
        new String[] {"good/Tenant.java", "good/Account.java"},
        new String[] {"good/Tenant.java", "good/Metric.java"});
    assertThat(heads).hasSize(2);

    Compilation merge = compile(dir, "good/Tenant.java", "good/Account.java", "good/Metric.java");

    assertThat(merge).succeeded();
    List<String> files = revisionFiles(dir);
    String mergeFile = files.stream().filter(f -> f.startsWith("Rev0003_") && f.endsWith(".java"))
        .findFirst().orElseThrow();
    String source = Files.readString(dir.resolve("app/db").resolve(mergeFile));
    assertThat(source).contains("parent = {\"" + heads.get(0) + "\", \"" + heads.get(1) + "\"}");
    assertThat(source).doesNotContain("op.");
    assertThat(merge).hadNoteContaining("[TM097] Wrote revision 0003_");

    Compilation again = compile(dir, "good/Tenant.java", "good/Account.java", "good/Metric.java");
    assertThat(again).succeededWithoutWarnings();
    assertThat(revisionFiles(dir)).isEqualTo(files);
  }

  @Test
  void twoHeads_modelChangedBeyondMerge_mergeRevisionCarriesTheChange() throws IOException {
    List<String> heads = branches(new String[] {"good/Tenant.java"},
        new String[] {"good/Tenant.java", "good/Account.java"},
        new String[] {"good/Tenant.java", "good/Metric.java"});

    Compilation merge = compile(dir,
        "good/Tenant.java", "good/Account.java", "good/Metric.java", "good/Extra.java");

    assertThat(merge).succeeded();
    String mergeFile = revisionFiles(dir).stream()
        .filter(f -> f.startsWith("Rev0003_") && f.endsWith(".java")).findFirst().orElseThrow();
    String source = Files.readString(dir.resolve("app/db").resolve(mergeFile));
    assertThat(source).contains("parent = {\"" + heads.get(0) + "\", \"" + heads.get(1) + "\"}");
    assertThat(source).contains("\"extra\"");
    assertThat(source).doesNotContain("\"account\"");
  }

  @Test
  void twoHeads_sameTableChangedDifferently_reportsConflictNamingBoth() throws IOException {
    List<String> heads = branches(new String[] {"good/Tenant.java"},
        new String[] {"good/Tenant.java", "good/Account.java"},
        new String[] {"good/Tenant.java", "good/v2/Account.java"});
    List<String> before = revisionFiles(dir);
    JavaFileObject account = Compiles.source("good/v2/Account.java");

    Compilation compilation = compile(dir, "good/Tenant.java", "good/v2/Account.java");

    assertThat(compilation)
        .hadErrorContaining("[TM094] Revisions " + heads.get(0) + " and " + heads.get(1)
            + " are two heads that change the same objects differently: table account.")
        .inFile(account)
        .onLineContaining("class Account");
    assertThat(revisionFiles(dir)).isEqualTo(before);
  }
}
