package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link DefaultTimeFormat} gives the text {@link Strftime} gives for the same format. */
class DefaultTimeFormatTest {
  private static final Strftime STRFTIME = Strftime.compile("%Y-%m-%d %H:%M:%S");
  private static final ZoneId[] ZONES = {
    ZoneOffset.UTC, ZoneId.ofOffset("UTC", ZoneOffset.UTC), ZoneId.of("Asia/Tokyo"),
    ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneOffset.ofHoursMinutes(-9, -30),
  };

  @Test
  void knownInstants() {
    assertThat(DefaultTimeFormat.format(0, ZoneOffset.UTC)).isEqualTo("1970-01-01 00:00:00");
    assertThat(DefaultTimeFormat.format(1_057_682_985, ZoneOffset.UTC)).isEqualTo("2003-07-08 16:49:45");
    assertThat(DefaultTimeFormat.format(951_782_400, ZoneOffset.UTC)).isEqualTo("2000-02-29 00:00:00");
    assertThat(DefaultTimeFormat.format(-1, ZoneOffset.UTC)).isEqualTo("1969-12-31 23:59:59");
    assertThat(DefaultTimeFormat.format(1_057_682_985, ZoneId.of("Asia/Tokyo"))).isEqualTo("2003-07-09 01:49:45");
  }

  @Test
  void agreesWithStrftimeOverFourDigitYearsInEveryKindOfZone() {
    SplittableRandom random = new SplittableRandom(20261124);
    long first = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) + 86_400;
    long last = LocalDateTime.of(9999, 12, 31, 0, 0).toEpochSecond(ZoneOffset.UTC) - 86_400;
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong(first, last);
      ZoneId zone = ZONES[i % ZONES.length];
      assertThat(DefaultTimeFormat.format(second, zone)).isEqualTo(STRFTIME.format(second, zone));
    }
  }

  @Test
  void agreesWithStrftimeAroundLeapDaysAndDaylightSavingChanges() {
    ZoneId newYork = ZoneId.of("America/New_York");
    long[] around = {
      LocalDateTime.of(2024, 2, 29, 0, 0).toEpochSecond(ZoneOffset.UTC),
      LocalDateTime.of(1900, 3, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
      LocalDateTime.of(2100, 2, 28, 23, 0).toEpochSecond(ZoneOffset.UTC),
      LocalDateTime.of(2026, 3, 8, 6, 30).toEpochSecond(ZoneOffset.UTC),
      LocalDateTime.of(2026, 11, 1, 5, 30).toEpochSecond(ZoneOffset.UTC),
    };
    for (long center : around) {
      for (long second = center - 7_200; second <= center + 7_200; second += 61) {
        assertThat(DefaultTimeFormat.format(second, newYork)).isEqualTo(STRFTIME.format(second, newYork));
        assertThat(DefaultTimeFormat.format(second, ZoneOffset.UTC)).isEqualTo(STRFTIME.format(second, ZoneOffset.UTC));
      }
    }
  }

  @Test
  void yearsOutsideFourDigitsAreStrftimes() {
    long year999 = LocalDateTime.of(999, 6, 1, 12, 0).toEpochSecond(ZoneOffset.UTC);
    long year10000 = LocalDateTime.of(10000, 1, 1, 0, 0, 1).toEpochSecond(ZoneOffset.UTC);
    assertThat(DefaultTimeFormat.format(year999, ZoneOffset.UTC)).isEqualTo(STRFTIME.format(year999, ZoneOffset.UTC));
    assertThat(DefaultTimeFormat.format(year10000, ZoneOffset.UTC)).isEqualTo(STRFTIME.format(year10000, ZoneOffset.UTC));
  }
}
