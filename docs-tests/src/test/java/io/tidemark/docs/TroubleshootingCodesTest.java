package io.tidemark.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The troubleshooting page explains every code the core's chain rules, the processor and the
 * runtime can report, and no code that does not exist. Codes are collected from the sources
 * with comments removed: comments mention code ranges ("TM040-TM069") that are not codes.
 */
class TroubleshootingCodesTest {
  private static final Pattern CODE = Pattern.compile("\\bTM\\d{3}\\b");
  private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  @Test
  void troubleshooting_everyCodeInTheSources_hasASection() throws IOException {
    Set<String> inCode = codesInSources();
    Set<String> documented = documentedCodes();
    Set<String> missing = new TreeSet<>(inCode);
    missing.removeAll(documented);
    assertFalse(inCode.size() < 40, "found only " + inCode + " in the sources");
    assertEquals(Set.of(), missing, "codes reported by the code but not explained in "
        + "docs/troubleshooting.md (add a '### TMxxx ...' section with cause and fix)");
  }

  @Test
  void troubleshooting_everyDocumentedCode_existsInTheSources() throws IOException {
    Set<String> stale = new TreeSet<>(documentedCodes());
    stale.removeAll(codesInSources());
    assertEquals(Set.of(), stale, "docs/troubleshooting.md explains codes the code no longer "
        + "reports; remove them");
  }

  /** Codes with a heading of their own; a mention in passing does not explain a code. */
  static Set<String> documentedCodes() throws IOException {
    String page = Files.readString(Paths.docs().resolve("troubleshooting.md"),
        StandardCharsets.UTF_8);
    Set<String> codes = new TreeSet<>();
    page.lines().filter(line -> line.startsWith("#")).forEach(heading -> {
      Matcher m = CODE.matcher(heading);
      while (m.find()) {
        codes.add(m.group());
      }
    });
    return codes;
  }

  static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String module : new String[] {"core", "processor", "runtime"}) {
      try (Stream<Path> files = Files.walk(Paths.repo().resolve(module).resolve("src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String code = COMMENTS.matcher(Files.readString(file, StandardCharsets.UTF_8))
              .replaceAll(" ");
          Matcher m = CODE.matcher(code);
          while (m.find()) {
            codes.add(m.group());
          }
        }
      }
    }
    return codes;
  }
}
