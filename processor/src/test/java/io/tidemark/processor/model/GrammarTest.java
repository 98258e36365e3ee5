package io.tidemark.processor.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small grammars users write in annotation strings: intervals, checks. */
class GrammarTest {
  @Test
  void interval_unitsAndAbbreviations_normalized() {
    assertThat(Intervals.parse("2 days")).hasValue("2 days");
    assertThat(Intervals.parse("1 Day")).hasValue("1 day");
    assertThat(Intervals.parse("7d")).hasValue("7 days");
    assertThat(Intervals.parse("1 hour 30 mins")).hasValue("1 hour 30 minutes");
    assertThat(Intervals.parse("1 hour, 30 minutes")).hasValue("1 hour 30 minutes");
    assertThat(Intervals.parse("500ms")).hasValue("500 milliseconds");
    assertThat(Intervals.parse("2 weeks")).hasValue("2 weeks");
    assertThat(Intervals.parse("1 mon")).hasValue("1 month");
    assertThat(Intervals.parse("3 yrs")).hasValue("3 years");
  }

  @Test
  void interval_invalid_rejected() {
    assertThat(Intervals.parse("")).isEmpty();
    assertThat(Intervals.parse("days")).isEmpty();
    assertThat(Intervals.parse("0 days")).isEmpty();
    assertThat(Intervals.parse("2 fortnights")).isEmpty();
    assertThat(Intervals.parse("1 day 2 days")).isEmpty();
    assertThat(Intervals.parse("-1 day")).isEmpty();
    assertThat(Intervals.parse("1.5 days")).isEmpty();
    assertThat(Intervals.integer("86400")).hasValue("86400");
    assertThat(Intervals.integer("0")).isEmpty();
  }


  @Test
  void checkColumns_functionsKeywordsCastsAndLiterals_skipped() {
    Set<String> columns = Set.of("amount", "status", "ts");
    assertThat(CheckColumns.firstUnknown(
        "amount >= 0 AND status IN ('a', 'b') AND ts > '2020-01-01'::timestamp with time zone"
            + " AND length(status) < 10 AND extract(epoch from ts) > 0 AND amount IS NOT NULL",
        columns)).isEmpty();
    assertThat(CheckColumns.firstUnknown("\"amount\" > 0", columns)).isEmpty();
    assertThat(CheckColumns.firstUnknown("amount > limit_value", columns)).hasValue("limit_value");
    assertThat(CheckColumns.firstUnknown("\"Amount\" > 0", columns)).hasValue("Amount");
  }
}
