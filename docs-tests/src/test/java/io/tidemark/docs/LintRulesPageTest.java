package io.tidemark.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.processor.lint.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule table of the zero-downtime page lists every lint rule, in code order, with the name
 * and default level the processor uses, so the page cannot drift from the rules.
 */
class LintRulesPageTest {
  /** A row of the rule table: {@code | TM200 | `columnTypeRewrite` | error | ... |}. */
  private static final Pattern ROW = Pattern.compile("^\\| (TM2\\d\\d) \\| `(\\w+)` \\| (\\w+) \\|");

  @Test
  void zeroDowntime_ruleTable_listsEveryRuleWithItsNameAndDefaultLevel() throws IOException {
    List<String> listed = Files.readString(Paths.docs().resolve("zero-downtime.md"),
            StandardCharsets.UTF_8).lines()
        .map(ROW::matcher).filter(Matcher::find)
        .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3)).toList();
    List<String> rules = Arrays.stream(Rule.values())
        .map(r -> r.code() + " " + r.ruleName() + " "
            + r.defaultLevel().name().toLowerCase(Locale.ROOT))
        .toList();
    assertEquals(rules, listed, "docs/zero-downtime.md#lint-rules must list every rule of"
        + " io.tidemark.processor.lint.Rule with its name and default level");
  }
}
