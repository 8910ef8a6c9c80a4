package dev.logwright.handlers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The time arithmetic of {@link TimedRotatingFileHandler}, apart from any file: when the next
 * rollover falls, and which moment a rolled file is named after. Times are whole seconds since
 * the epoch, as CPython's {@code int(time.time())}.
 *
 * <p>Local time is read from the zone's rules the way CPython reads {@code time.localtime}:
 * hour, minute, second, weekday and the daylight-saving flag of an instant. CPython's DST
 * corrections always move by one hour, also in zones whose shift is not an hour; they are
 * reproduced as they are, so that both produce the same instants and names.
 */
final class RolloverSchedule {
  static final long DAY = 24 * 60 * 60;
  private static final long HOUR = 60 * 60;
  private static final long WEEK = 7 * DAY;

  private final When unit;
  private final String when;
  private final long interval;
  private final int dayOfWeek;
  private final boolean utc;
  private final @Nullable LocalTime atTime;
  private final ZoneRules rules;

  /**
   * Validates and builds a schedule.
   *
   * @param when {@code S}, {@code M}, {@code H}, {@code D}, {@code MIDNIGHT} or {@code W0}..{@code
   *     W6} (Monday..Sunday), in any case
   * @param interval how many units make one period; at least 1
   * @param utc whether times of day are read in UTC rather than in {@code zone}
   * @param atTime time of day of a {@code MIDNIGHT} or weekly rollover; {@code null} is midnight;
   *     ignored for the other units, as in CPython
   * @param zone the local time zone (ignored when {@code utc})
   */
  RolloverSchedule(String when, int interval, boolean utc, @Nullable LocalTime atTime, ZoneId zone) {
    if (when == null) {
      throw new NullPointerException("when == null");
    }
    if (zone == null) {
      throw new NullPointerException("zone == null");
    }
    if (interval < 1) {
      throw new IllegalArgumentException("interval < 1: " + interval);
    }
    this.when = when.toUpperCase(Locale.ROOT);
    this.unit = When.parse(this.when);
    this.dayOfWeek = unit == When.WEEKDAY ? this.when.charAt(1) - '0' : -1;
    this.interval = unit.seconds * interval;
    this.utc = utc;
    this.atTime = atTime;
    this.rules = utc ? ZoneOffset.UTC.getRules() : zone.getRules();
  }

  /** Returns {@code when} upper-cased, as CPython keeps it. */
  String when() {
    return when;
  }

  /** Returns the length of one period in seconds: the unit times the interval. */
  long interval() {
    return interval;
  }

  /** Returns the weekday of a weekly rollover, 0 (Monday) to 6 (Sunday), or -1. */
  int dayOfWeek() {
    return dayOfWeek;
  }

  /** Returns the default strftime suffix of rolled files for this unit. */
  String defaultSuffix() {
    return unit.suffix;
  }

  /** Returns the default pattern that finds this unit's suffix in a file name. */
  Pattern defaultExtMatch() {
    return unit.extMatch;
  }

  /**
   * Returns when the period that contains {@code currentTime} ends. For {@code S}, {@code M},
   * {@code H} and {@code D} that is one period later; {@code MIDNIGHT} and weekly rollovers fall
   * on the next {@code atTime} (on the rollover weekday) plus the remaining whole periods, then
   * move by an hour when daylight saving time starts or ends in between.
   */
  long computeRollover(long currentTime) {
    if (!unit.aligned) {
      return currentTime + interval;
    }
    LocalDateTime now = localTime(currentTime);
    // Whole seconds only: CPython reads hour, minute and second of atTime.
    long rotateAt = atTime == null ? DAY : atTime.toSecondOfDay();
    long untilRotation = rotateAt - now.toLocalTime().toSecondOfDay();
    int weekday = now.getDayOfWeek().getValue() - 1;
    if (untilRotation <= 0) {
      // The time of day has passed today: the first candidate is tomorrow.
      untilRotation += DAY;
      weekday = (weekday + 1) % 7;
    }
    long result = currentTime + untilRotation;
    if (unit == When.WEEKDAY) {
      result += daysUntil(weekday, dayOfWeek) * DAY + interval - WEEK;
    } else {
      result += interval - DAY;
    }
    return utc ? result : adjustForDst(currentTime, result);
  }

  private static int daysUntil(int weekday, int target) {
    if (weekday == target) {
      return 0;
    }
    return weekday < target ? target - weekday : 7 - weekday + target;
  }

  /**
   * Moves {@code result} by an hour when the DST flag differs between now and then, as CPython
   * does: an hour earlier when DST starts in between (unless an hour earlier is not yet DST),
   * an hour later when it ends.
   */
  private long adjustForDst(long currentTime, long result) {
    boolean dstNow = isDst(currentTime);
    if (dstNow == isDst(result)) {
      return result;
    }
    if (dstNow) {
      return result + HOUR;
    }
    return isDst(result - HOUR) ? result - HOUR : result;
  }

  /**
   * Returns the local date and time a file rolled at {@code currentTime} is named after: the
   * start of the period ending at {@code rolloverAt}, shifted by an hour when the DST flag of
   * that start differs from the current one, as CPython's {@code doRollover}.
   */
  LocalDateTime suffixTime(long rolloverAt, long currentTime) {
    long start = rolloverAt - interval;
    if (!utc) {
      boolean dstNow = isDst(currentTime);
      if (dstNow != isDst(start)) {
        start += dstNow ? HOUR : -HOUR;
      }
    }
    return localTime(start);
  }

  /** Returns the wall-clock time of {@code epochSecond}: UTC, or local when not {@code utc}. */
  LocalDateTime localTime(long epochSecond) {
    ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(epochSecond));
    return LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
  }

  /** Returns {@code time.localtime(t).tm_isdst}: whether DST is in force; never in UTC. */
  boolean isDst(long epochSecond) {
    return !utc && rules.isDaylightSavings(Instant.ofEpochSecond(epochSecond));
  }

  /** The units of {@code when}, with their length, suffix and the pattern finding the suffix. */
  enum When {
    SECOND(1, "%Y-%m-%d_%H-%M-%S", "\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}", false),
    MINUTE(60, "%Y-%m-%d_%H-%M", "\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}", false),
    HOUR(60 * 60, "%Y-%m-%d_%H", "\\d{4}-\\d{2}-\\d{2}_\\d{2}", false),
    DAY(24 * 60 * 60, "%Y-%m-%d", "\\d{4}-\\d{2}-\\d{2}", false),
    MIDNIGHT(24 * 60 * 60, "%Y-%m-%d", "\\d{4}-\\d{2}-\\d{2}", true),
    WEEKDAY(7 * 24 * 60 * 60, "%Y-%m-%d", "\\d{4}-\\d{2}-\\d{2}", true);

    /** What {@code when} may be, for error messages. */
    static final String ALLOWED = "S, M, H, D, MIDNIGHT or W0..W6 (0 is Monday), in any case";

    final long seconds;
    final String suffix;
    /**
     * The suffix, not preceded or followed by another digit: after a custom namer the suffix
     * need not sit between dots, and the guards keep it from matching inside longer numbers.
     */
    final Pattern extMatch;
    /** Whether rollovers fall on a time of day rather than one period after "now". */
    final boolean aligned;

    When(long seconds, String suffix, String regex, boolean aligned) {
      this.seconds = seconds;
      this.suffix = suffix;
      this.extMatch = Pattern.compile("(?<!\\d)" + regex + "(?!\\d)");
      this.aligned = aligned;
    }

    /** Parses an upper-cased {@code when}, or fails naming the parameter and what it may be. */
    static When parse(String upper) {
      switch (upper) {
        case "S":
          return SECOND;
        case "M":
          return MINUTE;
        case "H":
          return HOUR;
        case "D":
          return DAY;
        case "MIDNIGHT":
          return MIDNIGHT;
        default:
          break;
      }
      if (!upper.startsWith("W")) {
        throw new IllegalArgumentException("when must be " + ALLOWED + ": \"" + upper + "\"");
      }
      if (upper.length() != 2) {
        throw new IllegalArgumentException(
            "when must name the weekday of a weekly rollover, W0 (Monday) to W6 (Sunday): \"" + upper + "\"");
      }
      char day = upper.charAt(1);
      if (day < '0' || day > '6') {
        throw new IllegalArgumentException(
            "when's weekday must be 0 (Monday) to 6 (Sunday): \"" + upper + "\"");
      }
      return WEEKDAY;
    }
  }
}
