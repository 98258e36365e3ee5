package io.tidemark.processor.model;

import java.util.Objects;

/**
 * One {@code @Acknowledge} as written: {@code rule} is the code or name as given, {@code table}
 * the qualified table it covers ({@code null} when its place names none), {@code column} the one
 * column it covers or {@code null} for all of the table; {@code place} is the annotation and
 * {@code rulePlace} its {@code rule} value.
 */
public record Acknowledgement(
    String rule, String reason, String table, String column, Place place, Place rulePlace) {
  public Acknowledgement {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(rulePlace, "rulePlace");
  }

  /** Whether it covers a finding on {@code table} and {@code column} (null: the table itself). */
  public boolean covers(String table, String column) {
    return table.equals(this.table) && (this.column == null || this.column.equals(column));
  }
}
