package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.CPython;
import dev.logwright.testing.StderrCapture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verifies that a stepping clock drives our handler and CPython 3.13's through the same
 * rollovers: after every record, the same next rollover time and the same files in the
 * directory (rolled files made, foreign files kept, old backups deleted), and at the end the
 * same contents. Each scenario crosses a DST change or exercises one of 3.13's rules.
 */
class TimedRotatingFileHandlerDifferentialTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path ours;
  @TempDir Path theirs;

  static Stream<Scenario> scenarios() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    ZoneId newYork = ZoneId.of("America/New_York");
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
    return Stream.of(
        new Scenario("hourly across the spring change, 3 backups", paris)
            .config("H 1 3 0 0 - none").file("app.log", "2024-03-30T22:10")
            .start("2024-03-30T22:30").steps("2024-03-30T23:05", 47 * 60, 12),
        new Scenario("midnight at 01:30 across the autumn fold, delayed", newYork)
            .config("midnight 1 2 0 1 01:30:00 none").start("2024-10-31T12:00")
            .steps("2024-10-31T13:00", 7 * 3600, 8).foldSteps("2024-11-03T01:10", 5)
            .steps("2024-11-03T09:00", 7 * 3600, 12),
        new Scenario("weekly on Sunday with a namer across the autumn change", paris)
            .config("W6 1 2 0 0 - loglast").file("app.log", "2024-10-01T09:00")
            .start("2024-10-02T09:00").steps("2024-10-03T09:00", 3 * 86400 + 5 * 3600, 14),
        new Scenario("every 5 seconds in UTC among foreign files", ZoneId.of("UTC"))
            .config("s 5 4 1 1 - none")
            .file("app.log.1", "2023-12-31T00:00").file("app.log.2024-01-01_00-00-00.gz", "2023-12-31T00:00")
            .file("app.log.2024-01-01_00-00-0", "2023-12-31T00:00").file("other.log.2024-01-01_00-00-00", "2023-12-31T00:00")
            .file("app.log.2023-12-31_23-59-59", "2023-12-31T00:00").file("app.log.2023-12-31_23-59-58", "2023-12-31T00:00")
            .start("2024-01-01T00:00:00").steps("2024-01-01T00:00:01", 3, 25),
        new Scenario("a rolled file of the target name already exists (gh-88352)", newYork)
            .config("M 1 0 0 0 - none").file("app.log", "2024-06-01T10:00:30")
            .file("app.log.2024-06-01_10-00", "2024-06-01T10:00:59")
            .start("2024-06-01T10:00:40").steps("2024-06-01T10:00:45", 25, 8),
        new Scenario("every 2 days across Lord Howe's half-hour autumn change", lordHowe)
            .config("D 2 2 0 0 - none").file("app.log", "2024-04-05T12:00")
            .start("2024-04-05T13:00").steps("2024-04-05T14:00", 11 * 3600, 16),
        new Scenario("every 3 midnights at 02:30, inside the spring gap", paris)
            .config("MIDNIGHT 3 1 0 1 02:30:00 none").start("2024-03-27T08:00")
            .steps("2024-03-27T09:00", 9 * 3600, 30),
        new Scenario("every 2 weeks on Monday at 23:00 UTC", newYork)
            .config("w0 2 1 1 0 23:00:00 loglast").file("app.log", "2024-10-20T18:00")
            .start("2024-10-21T08:00").steps("2024-10-21T09:00", 2 * 86400 + 3600, 20),
        new Scenario("a directory named like the oldest backup cannot be deleted", paris)
            .config("M 1 1 0 0 - none").dir("app.log.2024-05-15_14-00").file("app.log", "2024-05-15T14:20:10")
            .start("2024-05-15T14:20:20").steps("2024-05-15T14:20:30", 40, 6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void filesMadeAndDeletedMatchCPython(Scenario scenario) throws Exception {
    CPython.require(3, 13);
    Path script = Paths.get(getClass().getResource("/python/timed_rollover_steps.py").toURI());
    CPython.Result python = CPython.runFile(script, List.of(theirs.toString()), scenario.text(),
        Map.of("TZ", scenario.zone.getId()), null);
    String expected = python.checkedStdout().strip();
    String actual = run(scenario, ours);
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).contains("step m1 ");
    // The same records failed, each reported through handleError.
    assertThat(errorReports(stderr.take())).isEqualTo(errorReports(python.stderr));
  }

  private static int errorReports(String stderr) {
    return stderr.split("--- Logging error ---", -1).length - 1;
  }

  /** Runs the scenario's directives through our handler, printing what the Python script prints. */
  private static String run(Scenario scenario, Path work) throws IOException {
    List<String> out = new ArrayList<>();
    String[] config = null;
    TimedRotatingFileHandler handler = null;
    SteppingClock clock = SteppingClock.at(scenario.zone, 0);
    for (String line : scenario.text().split("\n")) {
      String[] w = line.split(" ");
      switch (w[0]) {
        case "config":
          config = w;
          break;
        case "file":
          Path file = work.resolve(w[1]);
          Files.write(file, (w[1] + "\n").getBytes(UTF_8));
          Files.setLastModifiedTime(file, FileTime.fromMillis(Long.parseLong(w[2]) * 1000));
          break;
        case "dir":
          Files.createDirectory(work.resolve(w[1]));
          break;
        case "start":
          clock.set(Long.parseLong(w[1]));
          handler = handler(config, work, clock);
          out.add("init " + handler.getRolloverAt() + " " + listing(work));
          break;
        default:
          clock.set(Long.parseLong(w[1]));
          handler.handle(new LogRecord("root", Level.INFO, "", 0, w[2], null, null, null, null));
          out.add("step " + w[2] + " " + handler.getRolloverAt() + " " + listing(work));
      }
    }
    handler.close();
    for (String name : listing(work).split(" ")) {
      if (Files.isDirectory(work.resolve(name))) {
        continue;
      }
      String text = new String(Files.readAllBytes(work.resolve(name)), UTF_8);
      out.add("content " + name + " " + text.replace("\n", "|"));
    }
    return String.join("\n", out);
  }

  private static TimedRotatingFileHandler handler(String[] c, Path work, SteppingClock clock) {
    TimedRotatingFileHandler handler = new TimedRotatingFileHandler(work.resolve("app.log").toString(),
        c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), UTF_8, c[5].equals("1"), c[4].equals("1"),
        c[6].equals("-") ? null : LocalTime.parse(c[6]), clock);
    handler.setFormatter(new Formatter("%(message)s"));
    if (c[7].equals("loglast")) {
      handler.setNamer(TimedRotatingFileHandlerDifferentialTest::logLast);
    }
    return handler;
  }

  /** {@code dir/app.log.SUFFIX} → {@code dir/app.SUFFIX.log}, the namer of CPython's tests. */
  static String logLast(String defaultName) {
    int cut = defaultName.lastIndexOf(File.separatorChar) + 1;
    return defaultName.substring(0, cut) + defaultName.substring(cut).replace(".log", "") + ".log";
  }

  private static String listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(" "));
    }
  }

  /** The directives both sides run, with local date-times turned into epoch seconds. */
  static final class Scenario {
    final String name;
    final ZoneId zone;
    private final StringBuilder text = new StringBuilder();
    private int messages;

    Scenario(String name, ZoneId zone) {
      this.name = name;
      this.zone = zone;
    }

    Scenario config(String config) {
      text.append("config ").append(config).append('\n');
      return this;
    }

    Scenario file(String name, String mtime) {
      text.append("file ").append(name).append(' ').append(epoch(mtime)).append('\n');
      return this;
    }

    Scenario start(String time) {
      text.append("start ").append(epoch(time)).append('\n');
      return this;
    }

    Scenario steps(String first, long everySeconds, int count) {
      long t = epoch(first);
      for (int i = 0; i < count; i++) {
        step(t + i * everySeconds);
      }
      return this;
    }

    /** Steps every 10 minutes through the second occurrence of a repeated local hour. */
    Scenario foldSteps(String first, int count) {
      long t = ZonedDateTime.of(LocalDateTime.parse(first), zone).withLaterOffsetAtOverlap().toEpochSecond();
      for (int i = 0; i < count; i++) {
        step(t + i * 600L);
      }
      return this;
    }

    Scenario dir(String name) {
      text.append("dir ").append(name).append('\n');
      return this;
    }

    private void step(long t) {
      text.append("step ").append(t).append(" m").append(++messages).append('\n');
    }

    private long epoch(String local) {
      return ZonedDateTime.of(LocalDateTime.parse(local), zone).toEpochSecond();
    }

    String text() {
      return text.toString();
    }

    @Override
    public String toString() {
      return name + " (" + zone + ")";
    }
  }
}
