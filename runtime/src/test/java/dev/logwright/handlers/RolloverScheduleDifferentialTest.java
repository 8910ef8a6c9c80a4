package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.testing.CPython;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verifies that our rollover arithmetic gives CPython 3.13's answers: for a table of instants
 * around DST changes and midnights, × every {@code when} × intervals 1, 2, 7 × utc × atTime
 * (none, 01:30, 02:30 — inside the spring gap and the autumn fold of the zones below), the next
 * rollover, the name a rollover at that moment gives the rolled file, and the rollover after it.
 * CPython runs with {@code TZ} set to the zone; ours reads the same zone from its rules.
 *
 * <p>Zones with negative DST in the tz database's main format (Europe/Dublin, Africa/Casablanca)
 * are left out: the JDK reads them in the rearguard format, where the DST flag is the opposite
 * of glibc's, so CPython's hour corrections fall elsewhere there (documented on the handler).
 */
class RolloverScheduleDifferentialTest {
  private static final String[] WHENS = {
    "S", "m", "H", "D", "midnight", "W0", "W1", "W2", "W3", "W4", "W5", "W6"
  };
  private static final int[] INTERVALS = {1, 2, 7};
  private static final String[] AT_TIMES = {"-", "01:30:00", "02:30:00"};
  private static final long[] OFFSETS = {
    -86_401, -86_400, -7_200, -3_601, -3_600, -1_800, -1, 0, 1, 1_800, 3_599, 3_600, 5_400, 86_399, 86_400
  };

  @ParameterizedTest(name = "{0} {1}-{2}")
  @CsvSource({
    "Europe/Paris, 2024, 2025",
    "America/New_York, 2024, 2025",
    "UTC, 2024, 2025",
    // DST of half an hour, in the southern hemisphere.
    "Australia/Lord_Howe, 2024, 2025",
    // Standard offset changes without DST (2011, 2014) next to ordinary DST changes (2010).
    "Europe/Moscow, 2010, 2014",
  })
  void computeRolloverAndRolledNamesMatchCPython(String zoneName, int fromYear, int toYear) throws Exception {
    CPython.require(3, 13);
    ZoneId zone = ZoneId.of(zoneName);
    List<String> rows = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (long t : instants(zone, fromYear, toYear)) {
      for (String when : WHENS) {
        for (int interval : INTERVALS) {
          for (boolean utc : new boolean[] {false, true}) {
            for (String at : AT_TIMES) {
              rows.add(when + " " + interval + " " + (utc ? 1 : 0) + " " + at + " " + t);
              ours.add(ours(when, interval, utc, at, zone, t));
            }
          }
        }
      }
    }
    String stdout = CPython.runFile(script(), List.of(), String.join("\n", rows) + "\n",
        Map.of("TZ", zoneName), null).checkedStdout();
    List<String> theirs = List.of(stdout.strip().split("\n"));

    assertThat(theirs).hasSize(rows.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < rows.size() && mismatches.size() < 20; i++) {
      if (!ours.get(i).equals(theirs.get(i))) {
        mismatches.add(rows.get(i) + " -> ours " + ours.get(i) + ", CPython " + theirs.get(i));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(rows.size()).isAtLeast(10_000);
  }

  private static String ours(String when, int interval, boolean utc, String at, ZoneId zone, long t) {
    LocalTime atTime = at.equals("-") ? null : LocalTime.parse(at);
    RolloverSchedule schedule = new RolloverSchedule(when, interval, utc, atTime, zone);
    long rolloverAt = schedule.computeRollover(t);
    StringBuilder name = new StringBuilder("app.log.");
    SuffixFormat.format(schedule.defaultSuffix(), schedule.suffixTime(rolloverAt, rolloverAt), name);
    return rolloverAt + " " + name + " " + schedule.computeRollover(rolloverAt);
  }

  /**
   * Instants around the zone's offset changes in the years given (New York's for a zone
   * without any) and around the local midnights of those days, plus a few fixed ones.
   */
  private static TreeSet<Long> instants(ZoneId zone, int fromYear, int toYear) {
    List<ZoneOffsetTransition> transitions = transitions(zone.getRules(), fromYear, toYear);
    if (transitions.isEmpty()) {
      transitions = transitions(ZoneId.of("America/New_York").getRules(), fromYear, toYear);
    }
    TreeSet<Long> instants = new TreeSet<>(List.of(0L, 86_399L, 1_700_000_000L));
    for (ZoneOffsetTransition transition : transitions) {
      long at = transition.toEpochSecond();
      for (long offset : OFFSETS) {
        instants.add(at + offset);
      }
      LocalDate day = transition.getDateTimeBefore().toLocalDate();
      long midnight = day.atStartOfDay(zone).toEpochSecond();
      for (long offset : new long[] {-1, 0, 1, 86_399}) {
        instants.add(midnight + offset);
      }
    }
    return instants;
  }

  private static List<ZoneOffsetTransition> transitions(ZoneRules rules, int fromYear, int toYear) {
    List<ZoneOffsetTransition> found = new ArrayList<>();
    Instant end = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    ZoneOffsetTransition next = rules.nextTransition(LocalDate.of(fromYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    while (next != null && next.getInstant().isBefore(end)) {
      found.add(next);
      next = rules.nextTransition(next.getInstant());
    }
    return found;
  }

  static Path script() throws URISyntaxException {
    return Paths.get(RolloverScheduleDifferentialTest.class.getResource("/python/timed_rollover_table.py").toURI());
  }
}
