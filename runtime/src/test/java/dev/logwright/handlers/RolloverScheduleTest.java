package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RolloverScheduleTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;

  private static RolloverSchedule utc(String when, int interval, LocalTime atTime) {
    return new RolloverSchedule(when, interval, true, atTime, NEW_YORK);
  }

  /** Verifies that at the epoch (a Thursday) each unit's first rollover is where CPython puts it. */
  @ParameterizedTest(name = "{0} × {1}")
  @CsvSource({
    "S, 1, 1", "S, 3, 3", "M, 1, 60", "M, 3, 180", "H, 1, 3600", "H, 3, 10800",
    "D, 1, 86400", "D, 3, 259200", "MIDNIGHT, 1, 86400", "MIDNIGHT, 3, 259200",
    // Without atTime a weekly rollover falls at the midnight that ends the weekday: from
    // Thursday 00:00 to the end of Monday is 5 days; each further interval adds a week.
    "W0, 1, 432000", "W0, 3, 1641600",
  })
  void firstRolloverFromTheEpochInUtc(String when, int interval, long expected) {
    assertThat(utc(when, interval, null).computeRollover(0)).isEqualTo(expected);
  }

  @Test
  void midnightInUtcRollsAtTheNextMidnightOrAtTime() {
    RolloverSchedule midnight = utc("MIDNIGHT", 1, null);
    assertThat(midnight.computeRollover(0)).isEqualTo(DAY);
    assertThat(midnight.computeRollover(DAY - 1)).isEqualTo(DAY);
    assertThat(midnight.computeRollover(DAY)).isEqualTo(2 * DAY);
    assertThat(midnight.computeRollover(25 * HOUR)).isEqualTo(2 * DAY);

    RolloverSchedule noon = utc("MIDNIGHT", 1, LocalTime.NOON);
    assertThat(noon.computeRollover(0)).isEqualTo(12 * HOUR);
    assertThat(noon.computeRollover(12 * HOUR - 1)).isEqualTo(12 * HOUR);
    assertThat(noon.computeRollover(12 * HOUR)).isEqualTo(36 * HOUR);
    assertThat(noon.computeRollover(13 * HOUR)).isEqualTo(36 * HOUR);

    // As CPython, only whole seconds of atTime count.
    RolloverSchedule nearlyNoon = utc("MIDNIGHT", 1, LocalTime.of(12, 0, 0, 999_999_999));
    assertThat(nearlyNoon.computeRollover(0)).isEqualTo(12 * HOUR);
  }

  /** Verifies that a weekly rollover at noon lands on the right day, for every weekday × today. */
  @Test
  void weeklyInUtcRollsOnTheRequestedDayAtTime() {
    long tuesday = 1_700_000_000L - 1_700_000_000L % DAY; // 2023-11-14, 00:00 UTC
    for (int k = 0; k < 7; k++) {
      long today = tuesday + k * DAY;
      int todayWeekday = (1 + k) % 7;
      for (int day = 0; day < 7; day++) {
        RolloverSchedule schedule = utc("W" + day, 1, LocalTime.NOON);
        long daysAhead = todayWeekday > day ? 7 - todayWeekday + day : day - todayWeekday;
        long expected = today + daysAhead * DAY + 12 * HOUR;
        assertThat(schedule.computeRollover(today)).isEqualTo(expected);
        assertThat(schedule.computeRollover(today + 12 * HOUR - 1)).isEqualTo(expected);
        long afterNoon = day == todayWeekday ? expected + 7 * DAY : expected;
        assertThat(schedule.computeRollover(today + 12 * HOUR)).isEqualTo(afterNoon);
        assertThat(schedule.computeRollover(today + 13 * HOUR)).isEqualTo(afterNoon);
      }
    }
  }

  /**
   * Verifies the local rollovers around New York's 2012 DST changes that CPython's own tests
   * pin, including the gap (02:00–03:00 in March) and the repeated hour in November.
   */
  @Test
  void localMidnightAndWeeklyRolloversAcrossDstChanges() throws IOException {
    List<String> mismatches = new ArrayList<>();
    RolloverSchedule schedule = null;
    int rows = 0;
    for (String line : lines("/timed/us_dst_rollovers.txt")) {
      String[] f = line.trim().split(" ");
      if (!line.startsWith(" ")) {
        LocalTime at = f[2].equals("-") ? null : LocalTime.parse(f[2]);
        schedule = new RolloverSchedule(f[0], Integer.parseInt(f[1]), false, at, NEW_YORK);
        continue;
      }
      long actual = schedule.computeRollover(epochSecond(f[0]));
      rows++;
      if (actual != epochSecond(f[1])) {
        mismatches.add(schedule.when() + " " + line.trim() + " but was "
            + ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(actual), NEW_YORK));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(rows).isGreaterThan(150);
  }

  private static long epochSecond(String local) {
    boolean later = local.endsWith("+");
    LocalDateTime time = LocalDateTime.parse(later ? local.substring(0, local.length() - 1) : local);
    ZonedDateTime zoned = ZonedDateTime.of(time, NEW_YORK);
    return (later ? zoned.withLaterOffsetAtOverlap() : zoned).toEpochSecond();
  }

  private static List<String> lines(String resource) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = RolloverScheduleTest.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  /**
   * Verifies that a file rolled just after the spring change is named after the start of its
   * period read an hour later, and one rolled after the autumn change an hour earlier, as
   * CPython's {@code doRollover} corrects the DST difference.
   */
  @Test
  void suffixTimeCorrectsTheDstDifferenceBetweenPeriodStartAndNow() {
    RolloverSchedule hourly = new RolloverSchedule("H", 1, false, null, NEW_YORK);
    long springChange = ZonedDateTime.of(2012, 3, 11, 3, 0, 0, 0, NEW_YORK).toEpochSecond();
    // The period started at 01:00 EST; DST is on now, so the name is read an hour later.
    assertThat(hourly.suffixTime(springChange, springChange))
        .isEqualTo(LocalDateTime.of(2012, 3, 11, 3, 0));
    long autumnChange = ZonedDateTime.of(2012, 11, 4, 1, 0, 0, 0, NEW_YORK)
        .withLaterOffsetAtOverlap().toEpochSecond();
    // The period started at 01:00 EDT; DST is off now, so the name is read an hour earlier.
    assertThat(hourly.suffixTime(autumnChange, autumnChange))
        .isEqualTo(LocalDateTime.of(2012, 11, 4, 0, 0));
    // No change between the period's start and now: no correction.
    assertThat(hourly.suffixTime(autumnChange, autumnChange - 1))
        .isEqualTo(LocalDateTime.of(2012, 11, 4, 1, 0));
  }

  @Test
  void utcIgnoresTheZoneAndItsDst() {
    RolloverSchedule schedule = new RolloverSchedule("midnight", 1, true, null, NEW_YORK);
    long t = LocalDate.of(2012, 3, 10).atTime(23, 0).toEpochSecond(ZoneOffset.UTC);
    assertThat(schedule.computeRollover(t)).isEqualTo(t + HOUR);
    assertThat(schedule.isDst(ZonedDateTime.of(2012, 7, 1, 0, 0, 0, 0, NEW_YORK).toEpochSecond())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"s", "m", "h", "d", "midnight", "MidNight", "w0", "w6", "W3"})
  void whenIsCaseInsensitive(String when) {
    RolloverSchedule schedule = utc(when, 1, null);
    assertThat(schedule.when()).isEqualTo(when.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void weekdayOfWeeklyRollover() {
    assertThat(utc("w4", 1, null).dayOfWeek()).isEqualTo(4);
    assertThat(utc("H", 1, null).dayOfWeek()).isEqualTo(-1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "S, %Y-%m-%d_%H-%M-%S, 1", "M, %Y-%m-%d_%H-%M, 60", "H, %Y-%m-%d_%H, 3600",
    "D, %Y-%m-%d, 86400", "MIDNIGHT, %Y-%m-%d, 86400", "W2, %Y-%m-%d, 604800",
  })
  void eachUnitHasCPythonsSuffixAndLength(String when, String suffix, long seconds) {
    RolloverSchedule schedule = utc(when, 2, null);
    assertThat(schedule.defaultSuffix()).isEqualTo(suffix);
    assertThat(schedule.interval()).isEqualTo(2 * seconds);
  }

  /** Verifies that extMatch finds a whole suffix only, never part of a longer run of digits. */
  @Test
  void extMatchNeedsNonDigitsAroundTheSuffix() {
    RolloverSchedule seconds = utc("S", 1, null);
    assertThat(seconds.defaultExtMatch().matcher("2024-01-02_03-04-05").matches()).isTrue();
    assertThat(seconds.defaultExtMatch().matcher("a.2024-01-02_03-04-05.log").find()).isTrue();
    assertThat(seconds.defaultExtMatch().matcher("12024-01-02_03-04-05").find()).isFalse();
    assertThat(seconds.defaultExtMatch().matcher("2024-01-02_03-04-051").find()).isFalse();
    RolloverSchedule daily = utc("D", 1, null);
    assertThat(daily.defaultExtMatch().matcher("2024-01-02").matches()).isTrue();
    assertThat(daily.defaultExtMatch().matcher("2024-01-02_03").matches()).isFalse();
    // re.ASCII: other scripts' digits are not digits.
    assertThat(daily.defaultExtMatch().matcher("\u0661\u0662\u0663\u0664-01-02").find()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "", "SECONDS", "midnight ", "T"})
  void unknownWhenIsRejectedNamingTheAllowedValues(String when) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> utc(when, 1, null));
    assertThat(e).hasMessageThat().isEqualTo(
        "when must be S, M, H, D, MIDNIGHT or W0..W6 (0 is Monday), in any case: \""
            + when.toUpperCase(java.util.Locale.ROOT) + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"W", "w", "W12", "W00", "Wednesday"})
  void weeklyWithoutASingleDayDigitIsRejected(String when) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> utc(when, 1, null));
    assertThat(e).hasMessageThat().startsWith("when must name the weekday of a weekly rollover, W0 (Monday) to W6 (Sunday)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"W7", "W9", "w-", "WX"})
  void weekdayOutsideZeroToSixIsRejected(String when) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> utc(when, 1, null));
    assertThat(e).hasMessageThat().startsWith("when's weekday must be 0 (Monday) to 6 (Sunday)");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void intervalBelowOneIsRejected(int interval) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> utc("H", interval, null));
    assertThat(e).hasMessageThat().isEqualTo("interval < 1: " + interval);
  }

  @Test
  void nullWhenOrZoneIsRejected() {
    assertThat(assertThrows(NullPointerException.class, () -> utc(null, 1, null)))
        .hasMessageThat().isEqualTo("when == null");
    assertThat(assertThrows(NullPointerException.class, () -> new RolloverSchedule("H", 1, false, null, null)))
        .hasMessageThat().isEqualTo("zone == null");
  }

  /** Verifies that a large interval does not overflow: weeks of seconds are counted in a long. */
  @Test
  void largeIntervalsDoNotOverflow() {
    RolloverSchedule schedule = utc("W0", Integer.MAX_VALUE, null);
    assertThat(schedule.interval()).isEqualTo(604_800L * Integer.MAX_VALUE);
  }
}
