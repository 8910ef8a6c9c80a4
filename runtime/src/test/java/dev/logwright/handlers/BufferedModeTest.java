package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.FileHandlerTest.record;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.testing.StderrCapture;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The buffered mode of the stream and file handlers: records wait in the buffer, and nothing
 * is lost on flush, close, rollover, reopening, turning the mode off, the time bound, or a
 * normal exit of the JVM.
 */
class BufferedModeTest {
  /** Long enough that the background flush never runs during a test that does not wait for it. */
  private static final long HOUR = 3_600_000L;

  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8);
  }

  @Test
  void recordsWaitInTheBufferUntilFlush() throws Exception {
    Path file = dir.resolve("a.log");
    FileHandler h = new FileHandler(file.toString());
    try {
      h.setBuffering(4096, HOUR);
      h.handle(record("one"));
      h.handle(record("two"));
      assertThat(Files.size(file)).isEqualTo(0L);
      h.flush();
      assertThat(read(file)).isEqualTo("one\ntwo\n");
    } finally {
      h.close();
    }
  }

  @Test
  void closeWritesWhatWasBuffered() throws Exception {
    Path file = dir.resolve("a.log");
    FileHandler h = new FileHandler(file.toString());
    h.setBuffering(4096, HOUR);
    h.handle(record("one"));
    h.close();
    assertThat(read(file)).isEqualTo("one\n");
    h.close(); // twice is harmless
    assertThat(read(file)).isEqualTo("one\n");
  }

  @Test
  void aFullBufferIsWrittenBeforeTheRecordThatDoesNotFit() throws Exception {
    Path file = dir.resolve("a.log");
    FileHandler h = new FileHandler(file.toString());
    try {
      h.setBuffering(10, HOUR);
      h.handle(record("1234")); // 5 bytes buffered
      h.handle(record("5678")); // 10 bytes: still fits
      assertThat(Files.size(file)).isEqualTo(0L);
      h.handle(record("9"));
      assertThat(read(file)).isEqualTo("1234\n5678\n");
    } finally {
      h.close();
    }
    assertThat(read(file)).isEqualTo("1234\n5678\n9\n");
  }

  /**
   * A file handler writes a full buffer after releasing its lock: while one thread's write is
   * stuck (a named pipe that nobody reads), another thread still logs, into the second buffer.
   */
  @Test
  @Timeout(60)
  void anotherThreadLogsWhileAFullBufferIsBeingWritten() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("os.name").startsWith("Linux"), "named pipes are made here with Linux's mkfifo");
    Path fifo = dir.resolve("slow.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isEqualTo(0);
    // The reading end opens now, so that the handler's open returns; it is read from only later.
    CompletableFuture<FileChannel> reading =
        CompletableFuture.supplyAsync(() -> open(fifo, StandardOpenOption.READ));
    FileHandler h = new FileHandler(fifo.toString());
    FileChannel in = reading.get(10, TimeUnit.SECONDS);
    h.setBuffering(1024, HOUR);
    int fillerLines = 2000; // about 110 KB, more than the pipe holds (64 KiB)
    AtomicInteger logged = new AtomicInteger();
    Thread filler = new Thread(() -> {
      for (int i = 0; i < fillerLines; i++) {
        h.handle(record("filler " + i + " " + "x".repeat(40)));
        logged.incrementAndGet();
      }
    });
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    Thread drain = new Thread(() -> {
      ByteBuffer chunk = ByteBuffer.allocate(8192);
      try {
        while (in.read(chunk) >= 0) {
          got.write(chunk.array(), 0, chunk.position());
          chunk.clear();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      filler.start();
      int seen = -1;
      for (int still = 0; still < 3; ) { // no progress for 300 ms: the filler's write is stuck
        Thread.sleep(100);
        int now = logged.get();
        still = now == seen ? still + 1 : 0;
        seen = now;
      }
      assertThat(seen).isLessThan(fillerLines);
      CompletableFuture.runAsync(() -> h.handle(record("other"))).get(10, TimeUnit.SECONDS);
    } finally {
      drain.start();
      filler.join(30_000);
      h.close();
      drain.join(30_000);
      in.close();
    }
    List<String> lines = Arrays.asList(new String(got.toByteArray(), UTF_8).split("\n"));
    assertThat(lines).contains("other");
    List<String> fillers = lines.stream().filter(l -> l.startsWith("filler")).collect(Collectors.toList());
    assertThat(fillers).hasSize(fillerLines);
    for (int i = 0; i < fillerLines; i++) {
      assertThat(fillers.get(i)).startsWith("filler " + i + " ");
    }
  }

  private static FileChannel open(Path path, StandardOpenOption option) {
    try {
      return FileChannel.open(path, option);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aRecordLargerThanTheBufferIsWrittenAfterWhatWasBuffered() throws Exception {
    Path file = dir.resolve("a.log");
    FileHandler h = new FileHandler(file.toString());
    String big = String.join("", java.util.Collections.nCopies(100, "x"));
    try {
      h.setBuffering(16, HOUR);
      h.handle(record("a"));
      h.handle(record(big));
      assertThat(read(file)).isEqualTo("a\n" + big + "\n");
      h.handle(record("b"));
    } finally {
      h.close();
    }
    assertThat(read(file)).isEqualTo("a\n" + big + "\nb\n");
  }

  @Test
  void turningBufferingOffWritesTheBuffer() throws Exception {
    Path file = dir.resolve("a.log");
    FileHandler h = new FileHandler(file.toString());
    try {
      h.setBuffering(4096, HOUR);
      h.handle(record("one"));
      h.setBuffering(0, 0);
      assertThat(read(file)).isEqualTo("one\n");
      assertThat(h.getBufferSize()).isEqualTo(0);
      h.handle(record("two"));
      assertThat(read(file)).isEqualTo("one\ntwo\n");
    } finally {
      h.close();
    }
  }

  /** Verifies the time bound: a record reaches the file with no flush, close or other record. */
  @Test
  @Timeout(30)
  void aBufferedRecordReachesTheFileWithinTheDelayWithoutAFlush() throws Exception {
    Path file = dir.resolve("a.log");
    FileHandler h = new FileHandler(file.toString());
    try {
      h.setBuffering(4096, 20);
      h.handle(record("one"));
      for (int i = 0; i < 2_000 && Files.size(file) == 0; i++) {
        Thread.sleep(10);
      }
      assertThat(read(file)).isEqualTo("one\n");
    } finally {
      h.close();
    }
  }

  /**
   * Verifies that rollovers write what was buffered into the file it belongs to: the same
   * records through a buffered and an unbuffered handler leave identical file sets.
   */
  @Test
  void rolloversLeaveTheSameFilesAsWithoutBuffering() throws Exception {
    Path plain = Files.createDirectory(dir.resolve("plain"));
    Path buffered = Files.createDirectory(dir.resolve("buffered"));
    RotatingFileHandler a = new RotatingFileHandler(plain.resolve("r.log").toString(), 1000, 3);
    RotatingFileHandler b = new RotatingFileHandler(buffered.resolve("r.log").toString(), 1000, 3);
    b.setBuffering(64 * 1024, HOUR);
    try {
      for (int i = 0; i < 400; i++) {
        String msg = "record " + i + " " + "é".repeat(i % 37);
        a.handle(record(msg));
        b.handle(record(msg));
      }
    } finally {
      a.close();
      b.close();
    }
    List<String> names = listing(plain);
    assertThat(names).containsExactly("r.log", "r.log.1", "r.log.2", "r.log.3");
    assertThat(listing(buffered)).isEqualTo(names);
    for (String name : names) {
      assertThat(read(buffered.resolve(name))).isEqualTo(read(plain.resolve(name)));
    }
  }

  /** Verifies that a file reopened after the handler was closed gets the records buffered since. */
  @Test
  void timedRolloverWritesTheBufferIntoTheOldFile() throws Exception {
    java.time.Instant start = java.time.Instant.parse("2026-03-01T10:00:00Z");
    MutableClock clock = new MutableClock(start);
    Path file = dir.resolve("t.log");
    TimedRotatingFileHandler h = new TimedRotatingFileHandler(
        file.toString(), "S", 1, 5, null, false, true, null, clock);
    try {
      h.setBuffering(4096, HOUR);
      dev.logwright.LogRecord r = record("before");
      r.setCreatedNanos(clock.instant().toEpochMilli() * 1_000_000L);
      h.handle(r);
      clock.set(start.plusSeconds(2));
      dev.logwright.LogRecord s = record("after");
      s.setCreatedNanos(clock.instant().toEpochMilli() * 1_000_000L);
      h.handle(s);
    } finally {
      h.close();
    }
    List<String> names = listing(dir);
    assertThat(names).hasSize(2);
    assertThat(read(file)).isEqualTo("after\n");
    assertThat(read(dir.resolve(names.get(1)))).isEqualTo("before\n");
  }

  @Test
  void streamHandlerWritesTheBufferOnFlush() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamHandler h = new StreamHandler(out);
    h.setBuffering(4096, HOUR);
    h.handle(record("one"));
    assertThat(out.size()).isEqualTo(0);
    h.flush();
    assertThat(out.toString(UTF_8)).isEqualTo("one\n");
    h.handle(record("two"));
    h.close();
    assertThat(out.toString(UTF_8)).isEqualTo("one\ntwo\n");
  }

  @Test
  void badSettingsAreRefusedInWords() throws Exception {
    FileHandler h = new FileHandler(dir.resolve("a.log").toString());
    try {
      IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> h.setBuffering(-3, 10));
      assertThat(size).hasMessageThat().isEqualTo("bufferSize < 0: -3 (use 0 to flush every record)");
      IllegalArgumentException delay = assertThrows(IllegalArgumentException.class, () -> h.setBuffering(10, 0));
      assertThat(delay).hasMessageThat().startsWith("maxDelayMillis <= 0: 0");
      assertThat(h.getBufferSize()).isEqualTo(0);
    } finally {
      h.close();
    }
  }

  /** Verifies that a normal JVM exit writes what a handler nobody closed still buffers. */
  @Test
  @Timeout(60)
  void aNormalExitWritesTheBuffer() throws Exception {
    Path file = dir.resolve("exit.log");
    String classPath = location(FileHandler.class) + File.pathSeparator + location(BufferedExitMain.class);
    Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, BufferedExitMain.class.getName(), file.toString())
        .redirectErrorStream(true)
        .start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(out).isEqualTo("buffered 0\n");
      assertThat(p.exitValue()).isEqualTo(0);
      assertThat(read(file)).isEqualTo("last words\n");
    } finally {
      p.destroyForcibly();
    }
  }

  private static String location(Class<?> c) throws Exception {
    return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static List<String> listing(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(x -> x.getFileName().toString()).sorted().collect(Collectors.toCollection(ArrayList::new));
    }
  }
}
