package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.FileHandlerTest.record;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.LogRecord;
import dev.logwright.testing.StderrCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RotatingFileHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  private int counter;

  private LogRecord next() {
    return record(String.valueOf(++counter));
  }

  private Path fn() {
    return dir.resolve("test.log");
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8);
  }

  @Test
  void rejectsNegativeMaxBytes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RotatingFileHandler(fn().toString(), "a", -1, 0));
    assertThat(e).hasMessageThat().contains("maxBytes < 0: -1");
    assertThat(Files.exists(fn())).isFalse();
  }

  @Test
  void rejectsNegativeBackupCount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RotatingFileHandler(fn().toString(), "a", 10, -3));
    assertThat(e).hasMessageThat().contains("backupCount < 0: -3");
    assertThat(Files.exists(fn())).isFalse();
  }

  @Test
  void rejectsUnknownModeEvenWhenMaxBytesForcesAppend() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RotatingFileHandler(fn().toString(), "r", 10, 1));
    assertThat(e).hasMessageThat().contains("mode 'r'");
    assertThrows(IllegalArgumentException.class, () -> new RotatingFileHandler(""));
  }

  @Test
  void maxBytesForcesAppendMode() throws IOException {
    Files.write(fn(), "old\n".getBytes(UTF_8));
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), "w", 1000, 1);
    assertThat(h.getMode()).isEqualTo("a");
    h.handle(record("new"));
    h.close();
    assertThat(read(fn())).isEqualTo("old\nnew\n");
    RotatingFileHandler keeps = new RotatingFileHandler(fn().toString(), "w", 0, 1);
    assertThat(keeps.getMode()).isEqualTo("w");
    keeps.close();
  }

  /** Verifies CPython's test_should_not_rollover: empty file (gh-116263) or maxBytes 0. */
  @Test
  void shouldNotRollOverEmptyFileOrWithoutMaxBytes() throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 1, 0);
    assertThat(h.shouldRollover(record("x".repeat(50)))).isFalse();
    h.close();
    h = new RotatingFileHandler(fn().toString(), 0, 0);
    assertThat(h.shouldRollover(next())).isFalse();
    h.close();
    Files.write(fn(), new byte[] {'\n'});
    h = new RotatingFileHandler(fn().toString(), 0, 0);
    assertThat(h.shouldRollover(next())).isFalse();
    h.close();
  }

  /** Verifies CPython's test_should_not_rollover_non_file (bpo-45401). */
  @Test
  void shouldNotRollOverSomethingOtherThanARegularFile() throws IOException {
    Path devNull = Paths.get("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null");
    RotatingFileHandler h = new RotatingFileHandler(devNull.toString(), 1, 1);
    h.emit(record("one"));
    assertThat(h.shouldRollover(next())).isFalse();
    h.emit(record("two"));
    h.close();
    assertThat(Files.exists(Paths.get("/dev/null.1"))).isFalse();
  }

  /** Verifies CPython's test_should_rollover. */
  @Test
  void shouldRollOverWhenRecordWouldReachMaxBytes() throws IOException {
    Files.write(fn(), new byte[] {'\n'});
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 2, 0);
    assertThat(h.shouldRollover(next())).isTrue();
    h.close();
  }

  /**
   * Verifies that the size test counts the record in characters, as CPython does, while the
   * position is in bytes: a 3-character, 7-byte line fits under maxBytes 10 after 5 bytes.
   */
  @Test
  void sizeTestCountsCharactersOfTheRecordAndBytesOfTheFile() throws IOException {
    Files.write(fn(), "12345".getBytes(UTF_8));
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 10, 1);
    LogRecord wide = record("\u20ac\u20ac"); // 2 code points, 6 bytes, plus "\n"
    assertThat(h.shouldRollover(wide)).isFalse();
    h.emit(wide);
    assertThat(Files.size(fn())).isEqualTo(12);
    assertThat(h.shouldRollover(record("a"))).isTrue();
    LogRecord astral = record("\uD83D\uDE00"); // one code point in two chars
    h.close();
    Files.write(fn(), "1234567".getBytes(UTF_8));
    h = new RotatingFileHandler(fn().toString(), 10, 1);
    assertThat(h.shouldRollover(astral)).isFalse(); // 7 + 2 < 10
    h.close();
  }

  @Test
  void fileIsCreatedByFirstRecord() {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString());
    h.emit(next());
    assertThat(Files.exists(fn())).isTrue();
    h.close();
  }

  /** Verifies CPython's test_max_bytes and test_max_bytes_delay. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void rollsOverAtMaxBytes(boolean delay) throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), "a", 100, 2, UTF_8, delay);
    assertThat(Files.exists(fn())).isEqualTo(!delay);
    LogRecord small = record("a");
    LogRecord large = record("b".repeat(100));
    assertThat(h.shouldRollover(small)).isFalse();
    assertThat(h.shouldRollover(large)).isFalse();
    h.emit(small);
    assertThat(Files.exists(fn())).isTrue();
    assertThat(Files.exists(Paths.get(fn() + ".1"))).isFalse();
    assertThat(h.shouldRollover(small)).isFalse();
    assertThat(h.shouldRollover(large)).isTrue();
    h.emit(large);
    assertThat(read(Paths.get(fn() + ".1"))).isEqualTo("a\n");
    assertThat(read(fn())).isEqualTo("b".repeat(100) + "\n");
    assertThat(Files.exists(Paths.get(fn() + ".2"))).isFalse();
    assertThat(h.shouldRollover(small)).isTrue();
    assertThat(h.shouldRollover(large)).isTrue();
    h.close();
  }

  /** Verifies CPython's test_rollover_filenames: the namer names every backup. */
  @Test
  void namerNamesEveryBackup() throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 1, 2);
    Namer namer = name -> name + ".test";
    h.setNamer(namer);
    h.emit(next());
    assertThat(Files.exists(fn())).isTrue();
    assertThat(Files.exists(Paths.get(namer.name(fn() + ".1")))).isFalse();
    h.emit(next());
    assertThat(read(Paths.get(namer.name(fn() + ".1")))).isEqualTo("1\n");
    assertThat(Files.exists(Paths.get(namer.name(fn() + ".2")))).isFalse();
    h.emit(next());
    assertThat(read(Paths.get(namer.name(fn() + ".2")))).isEqualTo("1\n");
    h.emit(next());
    assertThat(read(Paths.get(namer.name(fn() + ".2")))).isEqualTo("2\n");
    assertThat(read(Paths.get(namer.name(fn() + ".1")))).isEqualTo("3\n");
    assertThat(read(fn())).isEqualTo("4\n");
    assertThat(Files.exists(Paths.get(namer.name(fn() + ".3")))).isFalse();
    assertThat(Files.exists(Paths.get(fn() + ".1"))).isFalse();
    h.close();
  }

  /** Verifies CPython's test_namer_rotator_inheritance: overriding the hooks in a subclass. */
  @Test
  void subclassCanOverrideRotationFilenameAndRotate() throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 1, 2) {
      @Override
      public String rotationFilename(String defaultName) {
        return defaultName + ".test";
      }

      @Override
      public void rotate(String source, String dest) throws IOException {
        if (Files.exists(Paths.get(source))) {
          Files.move(Paths.get(source), Paths.get(dest + ".rotated"));
        }
      }
    };
    h.emit(next());
    h.emit(next());
    assertThat(read(Paths.get(fn() + ".1.test.rotated"))).isEqualTo("1\n");
    assertThat(Files.exists(Paths.get(fn() + ".1.test"))).isFalse();
    h.close();
  }

  /** Verifies CPython's test_rotator: a compressing rotator with a matching namer. */
  @Test
  void rotatorCanCompress() throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 1, 2);
    h.setNamer(name -> name + ".gz");
    h.setRotator((source, dest) -> {
      byte[] data = Files.readAllBytes(Paths.get(source));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
        out.write(data);
      }
      Files.write(Paths.get(dest), bytes.toByteArray());
      Files.delete(Paths.get(source));
    });
    h.emit(next());
    h.emit(next());
    Path first = Paths.get(fn() + ".1.gz");
    assertThat(inflate(first)).isEqualTo("1\n");
    h.emit(next());
    assertThat(inflate(Paths.get(fn() + ".2.gz"))).isEqualTo("1\n");
    h.emit(next());
    assertThat(inflate(Paths.get(fn() + ".2.gz"))).isEqualTo("2\n");
    assertThat(Files.exists(Paths.get(fn() + ".3.gz"))).isFalse();
    h.close();
  }

  private static String inflate(Path file) throws IOException {
    try (InflaterInputStream in = new InflaterInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  /** Verifies Issue 18940: with delay, rotating a file never created is not an error. */
  @Test
  void rotateSkipsMissingSource() throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), "a", 1, 1, null, true);
    h.rotate(fn().toString(), fn() + ".1");
    h.doRollover();
    assertThat(Files.exists(Paths.get(fn() + ".1"))).isFalse();
    assertThat(Files.exists(fn())).isFalse();
    h.close();
  }

  @Test
  void withoutBackupsTheFileKeepsGrowing() throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 1, 0);
    for (int i = 0; i < 3; i++) {
      h.emit(next());
    }
    h.close();
    assertThat(read(fn())).isEqualTo("1\n2\n3\n");
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void failedRotationGoesToHandleErrorAndLoggingGoesOn() throws IOException {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), 1, 1);
    List<String> calls = new ArrayList<>();
    h.setRotator((source, dest) -> {
      calls.add(source + " -> " + dest);
      throw new IOException("rotator failed");
    });
    h.emit(next());
    h.emit(next());
    assertThat(stderr.take()).contains("rotator failed");
    assertThat(calls).containsExactly(fn() + " -> " + fn() + ".1");
    h.setRotator(null);
    h.emit(next());
    h.close();
    assertThat(read(Paths.get(fn() + ".1"))).isEqualTo("1\n");
    assertThat(read(fn())).isEqualTo("3\n");
  }

  /** Verifies that a handler whose directory vanished reports errors and then recovers. */
  @Test
  void recoversAfterItsDirectoryIsRemovedAndRecreated() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path file = sub.resolve("app.log");
    RotatingFileHandler h = new RotatingFileHandler(file.toString(), 4, 1);
    h.emit(record("a"));
    Files.delete(file);
    Files.delete(sub);
    h.emit(record("b")); // rollover: the reopen fails
    assertThat(stderr.take()).contains("--- Logging error ---");
    h.emit(record("c"));
    assertThat(stderr.take()).contains("--- Logging error ---");
    Files.createDirectory(sub);
    h.emit(record("d"));
    h.emit(record("e"));
    h.close();
    assertThat(read(file)).isEqualTo("e\n");
    assertThat(read(Paths.get(file + ".1"))).isEqualTo("d\n");
  }

  /**
   * Records keep their order and every file its bound across the point where the handler's lines
   * move from the file's stream to its channel ({@code STREAM_LINE_WRITES}), and across the
   * rollovers after it, each of which opens a new file whose channel is taken again.
   */
  @Test
  void rollsOverAsBeforeOnceLinesGoThroughTheChannel() throws IOException {
    int records = FileHandler.STREAM_LINE_WRITES * 3;
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), "a", 5_000, 100);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < records; i++) {
      String line = String.format("%05d", i);
      h.emit(record(line));
      expected.append(line).append('\n');
    }
    h.close();
    StringBuilder all = new StringBuilder();
    int backups = 0;
    while (Files.exists(Paths.get(fn() + "." + (backups + 1)))) {
      backups++;
    }
    assertThat(backups).isAtLeast(3);
    for (int n = backups; n >= 0; n--) {
      Path file = n == 0 ? fn() : Paths.get(fn() + "." + n);
      assertThat(Files.size(file)).isAtMost(5_000);
      all.append(read(file));
    }
    assertThat(all.toString()).isEqualTo(expected.toString());
    assertThat(stderr.take()).isEmpty();
  }

  @Test
  void gettersReportConstructorArguments() {
    RotatingFileHandler h = new RotatingFileHandler(fn().toString(), "a", 42, 7, UTF_8, true);
    assertThat(h.getMaxBytes()).isEqualTo(42);
    assertThat(h.getBackupCount()).isEqualTo(7);
    assertThat(h.isDelay()).isTrue();
    assertThat(h.getNamer()).isNull();
    assertThat(h.getRotator()).isNull();
    h.close();
  }
}
