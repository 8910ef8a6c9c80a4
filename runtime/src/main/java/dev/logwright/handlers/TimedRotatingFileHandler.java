package dev.logwright.handlers;

import dev.logwright.LogRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes to a file and switches to a fresh one at timed intervals, keeping a number of old files
 * named after the time they start, as Python's {@code TimedRotatingFileHandler} in CPython 3.13.
 *
 * <p>{@code when} picks the unit, in any case: {@code "S"} seconds, {@code "M"} minutes, {@code
 * "H"} hours, {@code "D"} days, {@code "MIDNIGHT"} at midnight (or at {@code atTime}), {@code
 * "W0"}..{@code "W6"} weekly on Monday..Sunday (at the midnight that ends that day, or at {@code
 * atTime} on it). A period is {@code interval} units. The first rollover is computed from the
 * last-modified time of an existing file, else from the clock's now; for {@code S}, {@code M},
 * {@code H} and {@code D} it is one period later, for the others the next {@code atTime} (on
 * the weekday) plus {@code interval - 1} days or weeks. Rolled files are named {@code filename
 * + "." +} the start of their period formatted with {@link #getSuffix() suffix} ({@code
 * %Y-%m-%d_%H-%M-%S} or a leading part of it, by unit), passed through the {@link #setNamer
 * namer}.
 *
 * <p>Times are read in UTC when {@code utc}, else in the zone of the {@link Clock} ({@link
 * Clock#systemDefaultZone()} by default, so the JVM's default zone, as {@code TZ} is CPython's).
 * Local rollovers follow CPython's daylight-saving corrections exactly, including their quirks:
 * the rollover time and the rolled file's name move by one hour when DST starts or ends within
 * the period (one hour also in zones whose shift is not an hour). The DST flag is the JDK's
 * ({@link java.time.zone.ZoneRules#isDaylightSavings}); it is glibc's {@code tm_isdst} except in
 * zones with "negative DST" (Europe/Dublin since 1971, Africa/Casablanca since 2018), where the
 * JDK's rearguard data has the opposite flag, so the hour corrections fall at other times than
 * CPython's on Linux.
 *
 * <p>CPython 3.13's safety rules hold: a rollover whose target name already exists does nothing,
 * so no rolled file is ever overwritten (gh-88352), and, since the next rollover time is then not
 * moved on, it is tried again at each record for as long as that name is taken; only
 * regular files roll over (bpo-45401); with {@code backupCount > 0} only files this handler could
 * have made are deleted, the oldest first, found through {@link #getExtMatch() extMatch} and the
 * namer (bpo-46063, gh-93205).
 */
public class TimedRotatingFileHandler extends BaseRotatingHandler {
  private final RolloverSchedule schedule;
  private final int backupCount;
  private final Clock clock;
  private volatile String suffix;
  private volatile Pattern extMatch;
  private long rolloverAt;

  /** A handler appending UTF-8 to {@code filename}, rolling over every hour. */
  public TimedRotatingFileHandler(String filename) {
    this(filename, "h", 1, 0, null, false, false, null, Clock.systemDefaultZone());
  }

  /** A handler appending UTF-8 to {@code filename}, rolling over every {@code when}. */
  public TimedRotatingFileHandler(String filename, String when) {
    this(filename, when, 1, 0, null, false, false, null, Clock.systemDefaultZone());
  }

  /**
   * A handler appending UTF-8 to {@code filename}, rolling over every {@code interval} {@code
   * when}s in local time and keeping {@code backupCount} rolled files (0: all).
   */
  public TimedRotatingFileHandler(String filename, String when, int interval, int backupCount) {
    this(filename, when, interval, backupCount, null, false, false, null, Clock.systemDefaultZone());
  }

  /**
   * As {@link #TimedRotatingFileHandler(String, String, int, int, Charset, boolean, boolean,
   * LocalTime, Clock)} with the system clock in the JVM's default zone.
   */
  public TimedRotatingFileHandler(String filename, String when, int interval, int backupCount,
      @Nullable Charset encoding, boolean delay, boolean utc, @Nullable LocalTime atTime) {
    this(filename, when, interval, backupCount, encoding, delay, utc, atTime, Clock.systemDefaultZone());
  }

  /**
   * A handler appending to {@code filename} in {@code encoding} (null: UTF-8), opened now or,
   * with {@code delay}, by the first record.
   *
   * @param when {@code S}, {@code M}, {@code H}, {@code D}, {@code MIDNIGHT} or {@code W0}..{@code
   *     W6} (0 is Monday), in any case; CPython's default is {@code "h"}
   * @param interval how many units make one period; at least 1 (default 1)
   * @param backupCount how many rolled files to keep; 0 (the default) keeps all
   * @param utc whether to read times in UTC rather than in {@code clock}'s zone
   * @param atTime time of day of a {@code MIDNIGHT} or weekly rollover (seconds count, smaller
   *     units are ignored); {@code null} is midnight; ignored for the other units, as in CPython
   * @param clock the time source, and the zone of local time
   * @throws IllegalArgumentException if {@code when} is unknown, the weekday is not 0 to 6,
   *     {@code interval < 1}, {@code backupCount < 0} or {@code filename} is empty
   * @throws UncheckedIOException if the file cannot be opened or its modification time read
   */
  public TimedRotatingFileHandler(String filename, String when, int interval, int backupCount,
      @Nullable Charset encoding, boolean delay, boolean utc, @Nullable LocalTime atTime, Clock clock) {
    this(filename, schedule(when, interval, backupCount, utc, atTime, clock), existed(filename),
        backupCount, encoding, delay, clock);
  }

  private TimedRotatingFileHandler(String filename, RolloverSchedule schedule, boolean existed,
      int backupCount, @Nullable Charset encoding, boolean delay, Clock clock) {
    super(filename, "a", encoding, delay);
    formatBeforeLockIfExactly(TimedRotatingFileHandler.class);
    this.schedule = schedule;
    this.backupCount = backupCount;
    this.clock = clock;
    this.suffix = schedule.defaultSuffix();
    this.extMatch = schedule.defaultExtMatch();
    this.rolloverAt = computeRollover(firstPeriodStart(existed));
  }

  // Runs before the file is opened, so that bad arguments leave no file behind.
  private static RolloverSchedule schedule(
      String when, int interval, int backupCount, boolean utc, @Nullable LocalTime atTime, Clock clock) {
    if (backupCount < 0) {
      throw new IllegalArgumentException(
          "backupCount < 0: " + backupCount + " (use 0 to keep every rolled file)");
    }
    if (clock == null) {
      throw new NullPointerException("clock == null");
    }
    return new RolloverSchedule(when, interval, utc, atTime, clock.getZone());
  }

  // Runs before the file is opened: whether the file is older than this handler.
  private static boolean existed(String filename) {
    return filename != null && !filename.isEmpty() && Files.exists(Paths.get(filename));
  }

  /**
   * Where the first period is counted from: the last-modified second of a file that existed
   * before this handler, else the clock's now. CPython reads the mtime of a file it has just
   * created too, which is the same second when the clock is the system's; a test clock is
   * honoured this way.
   */
  private long firstPeriodStart(boolean existed) {
    Path file = getPath();
    if (!existed || !Files.exists(file)) {
      return currentTime();
    }
    try {
      return Files.getLastModifiedTime(file).to(TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the modification time of " + file, e);
    }
  }

  /**
   * Returns the clock's time in whole seconds, CPython's {@code int(time.time())}. Read through
   * {@code millis()}, which the system clock answers without allocating.
   */
  private long currentTime() {
    return Math.floorDiv(clock.millis(), 1000L);
  }

  /** Returns {@code when} upper-cased, e.g. {@code "MIDNIGHT"} or {@code "W6"}. */
  public final String getWhen() {
    return schedule.when();
  }

  /**
   * Returns the length of a period in seconds (the unit times {@code interval}), as CPython's
   * {@code interval} attribute.
   */
  public final long getInterval() {
    return schedule.interval();
  }

  /** Returns the weekday of a weekly rollover, 0 (Monday) to 6 (Sunday), or -1 for other units. */
  public final int getDayOfWeek() {
    return schedule.dayOfWeek();
  }

  /** Returns how many rolled files are kept; 0 keeps all. */
  public final int getBackupCount() {
    return backupCount;
  }

  /** Returns the clock the handler reads the time from, whose zone is local time. */
  public final Clock getClock() {
    return clock;
  }

  /** Returns the strftime pattern of rolled files' suffixes, e.g. {@code %Y-%m-%d}. */
  public String getSuffix() {
    return suffix;
  }

  /**
   * Sets the strftime pattern of rolled files' suffixes, CPython's {@code suffix} attribute.
   * Directives: {@code %Y %y %m %d %H %I %M %S %p %j %a %A %b %B %%} (C locale). Set {@link
   * #setExtMatch extMatch} to match, or old files will not be found for deletion.
   *
   * @throws IllegalArgumentException naming the first directive not in that list
   */
  public void setSuffix(String suffix) {
    this.suffix = SuffixFormat.check(suffix);
  }

  /** Returns the pattern that finds a suffix in a file name, CPython's {@code extMatch}. */
  public Pattern getExtMatch() {
    return extMatch;
  }

  /**
   * Sets the pattern that finds a suffix in a file name. Without a namer it must match the
   * whole text after {@code filename + "."}; with one it is searched for anywhere in the name.
   */
  public void setExtMatch(Pattern extMatch) {
    if (extMatch == null) {
      throw new NullPointerException("extMatch == null");
    }
    this.extMatch = extMatch;
  }

  /** Returns the next rollover time, in seconds since the epoch. */
  public long getRolloverAt() {
    lock.lock();
    try {
      return rolloverAt;
    } finally {
      lock.unlock();
    }
  }

  /** Sets the next rollover time, in seconds since the epoch, CPython's {@code rolloverAt}. */
  public void setRolloverAt(long rolloverAt) {
    lock.lock();
    try {
      this.rolloverAt = rolloverAt;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns when the period containing {@code currentTime} (seconds since the epoch) ends: see
   * the class comment. Called by the constructor too, so an override must not rely on a
   * subclass's fields. Override to schedule rollovers some other way.
   */
  public long computeRollover(long currentTime) {
    return schedule.computeRollover(currentTime);
  }

  /**
   * Returns whether the rollover time has come. A path that exists but is not a regular file
   * (a device such as {@code /dev/null}, a pipe) never rolls over; its next rollover time is
   * moved on instead, so it is not checked at every record (bpo-45401).
   */
  @Override
  public boolean shouldRollover(LogRecord record) {
    long t = currentTime();
    if (t < rolloverAt) {
      return false;
    }
    Path file = getPath();
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      rolloverAt = computeRollover(t);
      return false;
    }
    return true;
  }

  /**
   * Rolls the file over: names it after the start of the period that ends at the rollover time
   * (read an hour later or earlier when DST started or ended since), passes the name through
   * {@link #rotationFilename}, and, unless a file of that name exists (then nothing changes,
   * gh-88352), closes the file, {@linkplain #rotate rotates} it to that name, deletes {@link
   * #getFilesToDelete()}, opens a new file unless {@code delay}, and computes the next rollover
   * from now.
   */
  @Override
  public void doRollover() throws IOException {
    long currentTime = currentTime();
    StringBuilder name = new StringBuilder(getBaseFilename()).append('.');
    SuffixFormat.format(suffix, schedule.suffixTime(rolloverAt, currentTime), name);
    String dfn = rotationFilename(name.toString());
    if (Files.exists(Paths.get(dfn))) {
      return; // gh-88352: already rolled over, by another handler or process.
    }
    if (isStreamOpen()) {
      closeStream();
    }
    rotate(getBaseFilename(), dfn);
    if (backupCount > 0) {
      for (String old : getFilesToDelete()) {
        RolledFiles.remove(Paths.get(old));
      }
    }
    if (!isDelay()) {
      openStream();
    }
    rolloverAt = computeRollover(currentTime);
  }

  /**
   * Returns the rolled files to delete so that {@code backupCount} remain: the oldest (by name)
   * of the files in the log's directory that this handler could have made. Without a namer
   * those are {@code filename + "." + s} where {@link #getExtMatch() extMatch} matches all of
   * {@code s}; with one, each suffix found in a name is passed through the namer, and the name
   * counts when the namer gives it back (bpo-46063, gh-93205). Returns an empty list when there
   * are no more than {@code backupCount}.
   */
  public List<String> getFilesToDelete() throws IOException {
    List<String> result = RolledFiles.find(getPath(), extMatch, getNamer());
    if (result.size() < backupCount) {
      return new ArrayList<>();
    }
    Collections.sort(result);
    return new ArrayList<>(result.subList(0, result.size() - backupCount));
  }
}
