package io.tidemark.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ErrorCode;
import io.tidemark.Migration;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.fixture.LockFixtures;
import io.tidemark.history.VersionTable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockRetrySettingsTest {
  private static final LockRetry RUN = new LockRetry(Duration.ofMillis(100), Duration.ofMinutes(5));

  private static RevisionNode node(Migration migration) {
    return new RevisionNode("0004_000000", List.of("0003_c3c3c3"), "m", migration);
  }

  @Test
  void backoffCeiling_eachRetry_doublesFrom200MsUpTo5s() {
    assertEquals(List.of(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L),
        List.of(1, 2, 3, 4, 5, 6, 7, 1000).stream()
            .map(retry -> LockRetry.backoffCeiling(retry).toMillis()).toList());
  }

  @Test
  void aloneTimeout_afterWaiting_isTheRestOfTheBudgetButNeverLessThanOneAttempt() {
    assertEquals(Duration.ofMinutes(5), RUN.aloneTimeout(Duration.ZERO));
    assertEquals(Duration.ofMinutes(1), RUN.aloneTimeout(Duration.ofMinutes(4)));
    assertEquals(Duration.ofMillis(100), RUN.aloneTimeout(Duration.ofMinutes(6)));
    assertEquals(Duration.ZERO, new LockRetry(Duration.ZERO, Duration.ofMinutes(5))
        .aloneTimeout(Duration.ZERO));
  }

  @Test
  void forRevision_withAndWithoutItsOwnSettings_overridesOnlyWhatItSets() {
    assertEquals(new LockRetry(Duration.ofMillis(50), Duration.ofMinutes(30)),
        RUN.forRevision(node(new LockFixtures.AddNoteToHotTable())));
    assertEquals(RUN, RUN.forRevision(node(new LockFixtures.AddNote())));
    assertEquals(new LockRetry(Duration.ofSeconds(1), Duration.ZERO),
        RUN.forRevision(node(new LockFixtures.AddNoteWaitingOnce())));
  }

  @Test
  void forRevision_settingNotADuration_isTm152NamingTheAttribute() {
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> LockRetry.check(node(new LockFixtures.BadLockTimeout())));
    assertEquals(ErrorCode.TM152, error.code());
    assertEquals("0004_000000", error.revision());
  }

  @Test
  void checksum_revisionsDifferingOnlyInLockSettings_equal() {
    VersionTable table = new VersionTable(VersionTable.DEFAULT_SCHEMA, VersionTable.DEFAULT_NAME);
    String plain = new Scripts(table).checksum(node(new LockFixtures.AddNote()));
    assertEquals(plain, new Scripts(table).checksum(node(new LockFixtures.AddNoteToHotTable())));
    assertEquals(plain, new Scripts(table).checksum(node(new LockFixtures.AddNoteWaitingOnce())));
  }

  @Test
  void attemptSetting_isALocalSettingOfTheTransaction() {
    assertEquals("SET LOCAL lock_timeout = '100ms'", RUN.attemptSetting());
  }

  @Test
  void parse_unitsAndPlainMilliseconds_readAsTheCommandLineReadsThem() {
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(5),
        Duration.ofHours(1), Duration.ofMillis(250), Duration.ofSeconds(3)),
        List.of("100ms", "2s", "5m", "1h", "250", " 3 s").stream().map(Durations::parse)
            .toList());
    assertEquals("'soon' is not a duration: write a number with ms, s, m or h (a plain number "
        + "counts milliseconds)", assertThrows(IllegalArgumentException.class,
            () -> Durations.parse("soon")).getMessage());
    assertEquals("'-1s' is negative: give 0 or a positive duration",
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("-1s")).getMessage());
  }

  @Test
  void text_eachMagnitude_printsTheUnitPeopleRead() {
    assertEquals(List.of("640 ms", "4 s", "5 min", "2 min 30 s"),
        List.of(640L, 4_200L, 300_000L, 150_000L).stream()
            .map(ms -> Durations.text(Duration.ofMillis(ms))).toList());
  }
}
