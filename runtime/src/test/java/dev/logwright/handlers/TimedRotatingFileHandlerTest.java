package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.FileHandlerTest.record;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.logwright.Formatter;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimedRotatingFileHandlerTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  private Path fn() {
    return dir.resolve("test.log");
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8);
  }

  private static long epoch(String local) {
    return LocalDateTime.parse(local).atZone(PARIS).toEpochSecond();
  }

  private TimedRotatingFileHandler handler(String when, int backupCount, boolean delay, SteppingClock clock) {
    return new TimedRotatingFileHandler(fn().toString(), when, 1, backupCount, null, delay, false, null, clock);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** Verifies CPython's test_rollover: a second later, the first record sits in a file named after its second. */
  @Test
  void rollsOverToAFileNamedAfterTheStartOfThePeriod() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:30"));
    TimedRotatingFileHandler h = handler("S", 1, false, clock);
    h.handle(record("testing - initial"));
    assertThat(read(fn())).isEqualTo("testing - initial\n");
    clock.advance(1);
    h.handle(record("testing - after delay"));
    h.close();
    assertThat(read(dir.resolve("test.log.2024-05-15_14-20-30"))).isEqualTo("testing - initial\n");
    assertThat(read(fn())).isEqualTo("testing - after delay\n");
    assertThat(files()).containsExactly("test.log", "test.log.2024-05-15_14-20-30");
  }

  @Test
  void doesNotRollOverBeforeTheRolloverTime() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:30"));
    TimedRotatingFileHandler h = handler("M", 0, false, clock);
    assertThat(h.getRolloverAt()).isEqualTo(clock.epochSecond() + 60);
    clock.advance(59);
    assertThat(h.shouldRollover(record("x"))).isFalse();
    clock.advance(1);
    assertThat(h.shouldRollover(record("x"))).isTrue();
    h.close();
  }

  /** Verifies CPython's test_should_not_rollover (bpo-45401): a device never rolls over. */
  @Test
  void aDeviceFileNeverRollsOver() throws IOException {
    Path devNull = Paths.get("/dev/null");
    assumeTrue(Files.exists(devNull), "needs /dev/null");
    // The first rollover is counted from the device's modification time.
    long mtime = Files.getLastModifiedTime(devNull).to(java.util.concurrent.TimeUnit.SECONDS);
    SteppingClock clock = SteppingClock.at(PARIS, mtime);
    TimedRotatingFileHandler h =
        new TimedRotatingFileHandler("/dev/null", "S", 1, 1, UTF_8, false, false, null, clock);
    assertThat(h.getRolloverAt()).isEqualTo(mtime + 1);
    clock.advance(2);
    assertThat(h.shouldRollover(record("testing - device file"))).isFalse();
    // The next rollover time moved on, so the check is not repeated at every record.
    assertThat(h.getRolloverAt()).isEqualTo(clock.epochSecond() + 1);
    h.close();
  }

  /**
   * Verifies CPython's test_rollover_at_midnight and test_rollover_at_weekday: handlers made
   * while the file is fresh append to it; once its mtime is before today's atTime, the next
   * handler rolls it over to a file named for the previous period, exactly once.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void rollsOverAtAtTimeWhenTheFileIsFromBefore(boolean weekly) throws IOException {
    // Real time, in whole seconds: the files' real modification times are compared with it.
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    LocalDateTime local = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    LocalTime atTime = local.toLocalTime();
    String when = weekly ? "W" + (local.getDayOfWeek().getValue() - 1) : "MIDNIGHT";
    for (int i = 0; i < 3; i++) {
      emitOnce(when, atTime, clock, "testing1 " + i);
    }
    assertThat(read(fn())).isEqualTo("testing1 0\ntesting1 1\ntesting1 2\n");

    Files.setLastModifiedTime(fn(), FileTime.from(now.minusSeconds(1)));
    for (int i = 0; i < 2; i++) {
      emitOnce(when, atTime, clock, "testing2 " + i);
    }
    String rolled = "test.log." + local.minusDays(weekly ? 7 : 1).toLocalDate();
    assertThat(files()).containsExactly("test.log", rolled);
    assertThat(read(dir.resolve(rolled))).isEqualTo("testing1 0\ntesting1 1\ntesting1 2\n");
    assertThat(read(fn())).isEqualTo("testing2 0\ntesting2 1\n");
  }

  private void emitOnce(String when, LocalTime atTime, Clock clock, String message) {
    TimedRotatingFileHandler h = new TimedRotatingFileHandler(fn().toString(), when, 1, 0, UTF_8, false, false, atTime, clock);
    h.setFormatter(new Formatter("%(message)s"));
    h.handle(record(message));
    h.close();
  }

  /** Verifies that the first rollover is counted from an existing file's last modification. */
  @Test
  void firstRolloverCountsFromTheExistingFilesModificationTime() throws IOException {
    Files.write(fn(), "old\n".getBytes(UTF_8));
    long mtime = epoch("2024-05-15T09:10:11");
    Files.setLastModifiedTime(fn(), FileTime.from(Instant.ofEpochSecond(mtime)));
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T20:00:00"));
    TimedRotatingFileHandler h = handler("H", 0, false, clock);
    assertThat(h.getRolloverAt()).isEqualTo(mtime + 3600);
    h.handle(record("new"));
    h.close();
    assertThat(read(dir.resolve("test.log.2024-05-15_09"))).isEqualTo("old\n");
    assertThat(read(fn())).isEqualTo("new\n");
    assertThat(h.getRolloverAt()).isEqualTo(clock.epochSecond() + 3600);
  }

  /** Verifies gh-88352: a rolled file that already exists is never overwritten nor renamed over. */
  @Test
  void neverOverwritesARolledFileThatExists() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h = handler("M", 0, false, clock);
    Path target = dir.resolve("test.log.2024-05-15_14-20");
    Files.write(target, "rolled by another process\n".getBytes(UTF_8));
    long rolloverAt = h.getRolloverAt();
    h.handle(record("one"));
    clock.advance(90);
    h.handle(record("two"));
    h.close();
    assertThat(read(target)).isEqualTo("rolled by another process\n");
    assertThat(read(fn())).isEqualTo("one\ntwo\n");
    // As in CPython 3.13, the rollover time is not moved on; the next record tries again.
    assertThat(h.getRolloverAt()).isEqualTo(rolloverAt);
  }

  @Test
  void keepsBackupCountRolledFilesDeletingTheOldest() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h = handler("S", 2, false, clock);
    for (int i = 0; i < 5; i++) {
      h.handle(record("r" + i));
      clock.advance(1);
    }
    h.close();
    assertThat(files()).containsExactly("test.log", "test.log.2024-05-15_14-20-02", "test.log.2024-05-15_14-20-03");
    assertThat(read(dir.resolve("test.log.2024-05-15_14-20-03"))).isEqualTo("r3\n");
    assertThat(read(fn())).isEqualTo("r4\n");
  }

  /** Verifies that with delay no file exists before the first record, nor right after a rollover. */
  @Test
  void delayOpensTheFileOnlyForARecord() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h = handler("S", 0, true, clock);
    assertThat(files()).isEmpty();
    h.handle(record("one"));
    clock.advance(1);
    assertThat(h.shouldRollover(record("two"))).isTrue();
    h.doRollover();
    assertThat(files()).containsExactly("test.log.2024-05-15_14-20-00");
    h.handle(record("two"));
    h.close();
    assertThat(read(fn())).isEqualTo("two\n");
  }

  /** Verifies that the namer names rolled files and the rotator moves them. */
  @Test
  void namerAndRotatorAreHonoured() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h = handler("S", 1, false, clock);
    h.setNamer(name -> name + ".upper");
    h.setRotator((source, dest) -> {
      Path from = Paths.get(source);
      Files.write(Paths.get(dest), read(from).toUpperCase(java.util.Locale.ROOT).getBytes(UTF_8));
      Files.delete(from);
    });
    for (int i = 0; i < 3; i++) {
      h.handle(record("r" + i));
      clock.advance(1);
    }
    h.close();
    // backupCount 1: the namer's names are found again and the oldest deleted.
    assertThat(files()).containsExactly("test.log", "test.log.2024-05-15_14-20-01.upper");
    assertThat(read(dir.resolve("test.log.2024-05-15_14-20-01.upper"))).isEqualTo("R1\n");
  }

  /** Verifies that a namer's failure goes to handleError and, as in CPython, costs that record. */
  @Test
  void aFailingNamerIsReportedThroughHandleError() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h = handler("S", 0, false, clock);
    h.setNamer(name -> {
      throw new IllegalStateException("namer failed");
    });
    clock.advance(1);
    h.handle(record("lost"));
    h.close();
    String report = stderr.take();
    assertThat(report).contains("--- Logging error ---");
    assertThat(report).contains("namer failed");
    assertThat(read(fn())).isEmpty();
  }

  /** Verifies that in UTC the rolled file's name is UTC time, whatever the clock's zone. */
  @Test
  void utcNamesFilesInUtc() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h =
        new TimedRotatingFileHandler(fn().toString(), "H", 1, 0, UTF_8, false, true, null, clock);
    h.handle(record("one"));
    clock.advance(3600);
    h.handle(record("two"));
    h.close();
    assertThat(files()).containsExactly("test.log", "test.log.2024-05-15_12");
  }

  @Test
  void customSuffixAndExtMatchNameAndFindBackups() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h = handler("S", 1, false, clock);
    h.setSuffix("%Y%m%dT%H%M%S");
    h.setExtMatch(Pattern.compile("\\d{8}T\\d{6}"));
    for (int i = 0; i < 3; i++) {
      h.handle(record("r" + i));
      clock.advance(1);
    }
    h.close();
    assertThat(files()).containsExactly("test.log", "test.log.20240515T142001");
  }

  /** Verifies CPython's test_compute_files_to_delete (bpo-46063): only each handler's own backups. */
  @Test
  void filesToDeleteAreOnlyThisHandlersBackups() throws IOException {
    List<String> times = new ArrayList<>();
    LocalDateTime t = LocalDateTime.of(2024, 5, 15, 14, 20, 0);
    for (int i = 0; i < 10; i++) {
      times.add(t.plusSeconds(5L * i).format(SECONDS));
    }
    String[] prefixes = {"a.b", "a.b.c", "d.e", "d.e.f", "g"};
    List<TimedRotatingFileHandler> handlers = new ArrayList<>();
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    for (String prefix : prefixes) {
      TimedRotatingFileHandler h = new TimedRotatingFileHandler(
          dir.resolve(prefix + ".log").toString(), "s", 5, 7, null, true, false, null, clock);
      handlers.add(h);
      if (prefix.startsWith("d.e")) {
        h.setNamer(TimedRotatingFileHandlerDifferentialTest::logLast);
      } else if (prefix.equals("g")) {
        h.setNamer(n -> {
          Path p = Paths.get(n);
          return p.resolveSibling("g" + p.getFileName().toString().substring(6) + ".oldlog").toString();
        });
      }
      for (String time : times) {
        String name;
        if (prefix.startsWith("a.b")) {
          name = prefix + ".log." + time;
        } else if (prefix.startsWith("d.e")) {
          name = prefix + "." + time + ".log";
        } else {
          name = "g" + time + ".oldlog";
        }
        Files.createFile(dir.resolve(name));
      }
    }
    for (int i = 0; i < prefixes.length; i++) {
      List<String> candidates = handlers.get(i).getFilesToDelete();
      assertThat(candidates).hasSize(3);
      for (String c : candidates) {
        String name = Paths.get(c).getFileName().toString();
        String prefix = prefixes[i];
        if (prefix.startsWith("a.b")) {
          assertThat(name).startsWith(prefix + ".log.");
          assertThat(name.substring(prefix.length() + 5)).matches("\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}");
        } else if (prefix.startsWith("d.e")) {
          assertThat(name).endsWith(".log");
          assertThat(name).startsWith(prefix + ".");
          assertThat(Character.isDigit(name.charAt(prefix.length() + 1))).isTrue();
        } else {
          assertThat(name).endsWith(".oldlog");
          assertThat(name).startsWith("g");
          assertThat(Character.isDigit(name.charAt(1))).isTrue();
        }
        assertThat(Paths.get(c).getParent()).isEqualTo(dir.toAbsolutePath().normalize());
      }
      // The three oldest, in name order.
      assertThat(candidates).isInOrder();
      handlers.get(i).close();
    }
  }

  /** Verifies CPython's test for gh-93205: {@code a.log} and {@code a.log.b} keep apart. */
  @Test
  void filesToDeleteTellApartNamesThatExtendEachOther() throws IOException {
    List<String> times = new ArrayList<>();
    LocalDateTime t = LocalDateTime.of(2024, 5, 15, 14, 20, 0);
    for (int i = 0; i < 10; i++) {
      times.add(t.plusSeconds(5L * i).format(SECONDS));
    }
    String[] prefixes = {"a.log", "a.log.b"};
    for (String prefix : prefixes) {
      for (String time : times) {
        Files.createFile(dir.resolve(prefix + "." + time));
      }
    }
    for (String time : times) {
      Files.createFile(dir.resolve("a.log." + time + ".c"));
    }
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    for (int i = 0; i < prefixes.length; i++) {
      int backupCount = i + 1;
      TimedRotatingFileHandler h = new TimedRotatingFileHandler(
          dir.resolve(prefixes[i]).toString(), "s", 5, backupCount, null, true, false, null, clock);
      List<String> candidates = h.getFilesToDelete();
      assertThat(candidates).hasSize(10 - backupCount);
      for (String c : candidates) {
        String name = Paths.get(c).getFileName().toString();
        assertThat(name).startsWith(prefixes[i] + ".");
        assertThat(name.substring(prefixes[i].length() + 1)).matches("\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}");
      }
      h.close();
    }
  }

  @Test
  void fewerBackupsThanBackupCountDeleteNothing() throws IOException {
    Files.createFile(dir.resolve("test.log.2024-05-15_14-20-00"));
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h = handler("S", 2, true, clock);
    assertThat(h.getFilesToDelete()).isEmpty();
    h.close();
  }

  @Test
  void defaultsAreCPythons() {
    TimedRotatingFileHandler h = new TimedRotatingFileHandler(fn().toString());
    assertThat(h.getWhen()).isEqualTo("H");
    assertThat(h.getInterval()).isEqualTo(3600);
    assertThat(h.getBackupCount()).isEqualTo(0);
    assertThat(h.getDayOfWeek()).isEqualTo(-1);
    assertThat(h.getSuffix()).isEqualTo("%Y-%m-%d_%H");
    assertThat(h.getMode()).isEqualTo("a");
    assertThat(h.getEncoding()).isEqualTo(UTF_8);
    assertThat(h.getClock().getZone()).isEqualTo(ZoneId.systemDefault());
    h.close();
    TimedRotatingFileHandler weekly = new TimedRotatingFileHandler(fn().toString(), "w5", 2, 4);
    assertThat(weekly.getWhen()).isEqualTo("W5");
    assertThat(weekly.getDayOfWeek()).isEqualTo(5);
    assertThat(weekly.getInterval()).isEqualTo(2 * 7 * 86400);
    assertThat(weekly.getBackupCount()).isEqualTo(4);
    weekly.close();
  }

  /** Verifies that every bad argument fails at construction, names the rule, and leaves no file. */
  @Test
  void badArgumentsFailBeforeTheFileIsCreated() {
    String f = fn().toString();
    Clock clock = Clock.systemUTC();
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new TimedRotatingFileHandler(f, "X", 1, 0, null, false, false, null, clock)))
        .hasMessageThat().contains("when must be S, M, H, D, MIDNIGHT or W0..W6 (0 is Monday), in any case: \"X\"");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new TimedRotatingFileHandler(f, "W", 1, 0, null, false, false, null, clock)))
        .hasMessageThat().contains("W0 (Monday) to W6 (Sunday): \"W\"");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new TimedRotatingFileHandler(f, "W7", 1, 0, null, false, false, null, clock)))
        .hasMessageThat().contains("weekday must be 0 (Monday) to 6 (Sunday): \"W7\"");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new TimedRotatingFileHandler(f, "H", 0, 0, null, false, false, null, clock)))
        .hasMessageThat().isEqualTo("interval < 1: 0");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new TimedRotatingFileHandler(f, "H", 1, -3, null, false, false, null, clock)))
        .hasMessageThat().startsWith("backupCount < 0: -3");
    assertThat(assertThrows(NullPointerException.class,
        () -> new TimedRotatingFileHandler(f, null, 1, 0, null, false, false, null, clock)))
        .hasMessageThat().isEqualTo("when == null");
    assertThat(assertThrows(NullPointerException.class,
        () -> new TimedRotatingFileHandler(f, "H", 1, 0, null, false, false, null, null)))
        .hasMessageThat().isEqualTo("clock == null");
    assertThrows(IllegalArgumentException.class, () -> new TimedRotatingFileHandler("", "H"));
    assertThat(Files.exists(fn())).isFalse();
  }

  @Test
  void badSuffixOrExtMatchIsRejected() {
    TimedRotatingFileHandler h = handler("S", 0, true, SteppingClock.at(PARIS, 0));
    assertThat(assertThrows(IllegalArgumentException.class, () -> h.setSuffix("%Y-%q")))
        .hasMessageThat().startsWith("suffix directive %q is not one of");
    assertThat(assertThrows(IllegalArgumentException.class, () -> h.setSuffix("%Y%")))
        .hasMessageThat().startsWith("suffix directive % is not one of");
    assertThrows(NullPointerException.class, () -> h.setSuffix(null));
    assertThrows(NullPointerException.class, () -> h.setExtMatch(null));
    assertThat(h.getSuffix()).isEqualTo("%Y-%m-%d_%H-%M-%S");
    h.close();
  }

  /** Verifies that an overridden computeRollover schedules every rollover, the first included. */
  @Test
  void computeRolloverCanBeOverridden() throws IOException {
    SteppingClock clock = SteppingClock.at(PARIS, epoch("2024-05-15T14:20:00"));
    TimedRotatingFileHandler h =
        new TimedRotatingFileHandler(fn().toString(), "D", 1, 0, UTF_8, false, false, null, clock) {
          @Override
          public long computeRollover(long currentTime) {
            return currentTime + 10;
          }
        };
    assertThat(h.getRolloverAt()).isEqualTo(clock.epochSecond() + 10);
    h.handle(record("one"));
    clock.advance(10);
    h.handle(record("two"));
    assertThat(h.getRolloverAt()).isEqualTo(clock.epochSecond() + 10);
    h.close();
    // Named after the day that started a "day" (86400 s) before the rollover time.
    assertThat(files()).containsExactly("test.log", "test.log.2024-05-14");
  }
}
