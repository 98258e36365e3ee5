package io.tidemark.processor.lint;

import io.tidemark.processor.lint.Rule.Level;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Reporter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * The level of each rule: its default, or what {@code -Atidemark.lint.<rule>=error|warning|off}
 * sets, where {@code <rule>} is the rule's code or name.
 */
public final class LintSettings {
  public static final String PREFIX = "tidemark.lint.";
  public static final LintSettings DEFAULTS = new LintSettings(Map.of());

  private final Map<Rule, Level> levels;

  private LintSettings(Map<Rule, Level> levels) {
    this.levels = Map.copyOf(levels);
  }

  public Level level(Rule rule) {
    return levels.getOrDefault(rule, rule.defaultLevel());
  }

  /** Every option key the processor accepts for rules, by code and by name. */
  public static Set<String> optionNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Rule rule : Rule.values()) {
      names.add(PREFIX + rule.code());
      names.add(PREFIX + rule.ruleName());
    }
    return names;
  }

  /** The settings, or empty after reporting (TM091) an unknown rule or level. */
  public static Optional<LintSettings> read(
      Map<String, String> options, Reporter reporter, Element anchor) {
    Map<Rule, Level> levels = new EnumMap<>(Rule.class);
    Map<Rule, String> setBy = new EnumMap<>(Rule.class);
    boolean ok = true;
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      if (!option.getKey().startsWith(PREFIX)) {
        continue;
      }
      String key = option.getKey().substring(PREFIX.length());
      String value = Objects.requireNonNullElse(option.getValue(), "");
      Optional<Rule> rule = Rule.byKey(key);
      Optional<Level> level = level(value);
      if (rule.isEmpty()) {
        ok = false;
        reporter.error(Code.TM091, anchor, "-A" + option.getKey() + " names no lint rule; write"
            + " -A" + PREFIX + "<rule>=error|warning|off with a code or name of docs/zero-downtime.md"
            + "#lint-rules: " + Arrays.stream(Rule.values()).map(Rule::label)
                .collect(Collectors.joining(", ")) + ".");
      } else if (level.isEmpty()) {
        ok = false;
        reporter.error(Code.TM091, anchor, "-A" + option.getKey() + "=" + value + " is not a"
            + " level; write -A" + option.getKey() + "=error, =warning or =off.");
      } else {
        Level earlier = levels.put(rule.get(), level.get());
        if (earlier != null && earlier != level.get()) {
          ok = false;
          reporter.error(Code.TM091, anchor, "-A" + option.getKey() + "=" + value + " and -A"
              + setBy.get(rule.get()) + " set rule " + rule.get().label() + " to different"
              + " levels; keep one of them.");
        }
        setBy.put(rule.get(), option.getKey() + "=" + value);
      }
    }
    return ok ? Optional.of(new LintSettings(levels)) : Optional.empty();
  }

  private static Optional<Level> level(String value) {
    return Arrays.stream(Level.values())
        .filter(l -> l.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
