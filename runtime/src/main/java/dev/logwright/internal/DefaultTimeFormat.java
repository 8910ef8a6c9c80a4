package dev.logwright.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Renders Python's {@code default_time_format}, {@code "%Y-%m-%d %H:%M:%S"}, with integer
 * arithmetic instead of {@link Strftime} and {@code java.time}'s date classes: the text every
 * formatter without a {@code datefmt} needs for its first record, made without loading a dozen
 * classes a small program would load for nothing else. The same text as {@code
 * Strftime.compile(PATTERN)}.
 */
public final class DefaultTimeFormat {
  /** The format this class renders, Python's {@code default_time_format}. */
  public static final String PATTERN = "%Y-%m-%d %H:%M:%S";
  private static final long SECONDS_PER_DAY = 86_400;
  private static volatile @Nullable Strftime outsideFourDigitYears;

  private DefaultTimeFormat() {}

  /** Returns {@code epochSecond} rendered in {@code zone} as {@code 2003-07-08 16:49:45}. */
  public static String format(long epochSecond, ZoneId zone) {
    long local = epochSecond + offsetSeconds(epochSecond, zone);
    long days = Math.floorDiv(local, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
    // The proleptic Gregorian date of an epoch day: Howard Hinnant's days-to-civil algorithm,
    // in 400-year eras that start on March 1 so the leap day ends each year.
    long shifted = days + 719_468;
    long era = Math.floorDiv(shifted, 146_097L);
    long dayOfEra = shifted - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
      return fallback().format(epochSecond, zone); // %Y is not four digits there
    }
    char[] text = new char[19];
    digits(text, 0, (int) year, 4);
    text[4] = '-';
    digits(text, 5, month, 2);
    text[7] = '-';
    digits(text, 8, day, 2);
    text[10] = ' ';
    digits(text, 11, secondOfDay / 3600, 2);
    text[13] = ':';
    digits(text, 14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, secondOfDay % 60, 2);
    return new String(text);
  }

  private static int offsetSeconds(long epochSecond, ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      return ((ZoneOffset) zone).getTotalSeconds();
    }
    return zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  private static void digits(char[] out, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static Strftime fallback() {
    Strftime s = outsideFourDigitYears;
    if (s == null) {
      s = Strftime.compile(PATTERN);
      outsideFourDigitYears = s;
    }
    return s;
  }
}
