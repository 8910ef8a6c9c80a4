package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.StderrCapture;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  static LogRecord record(String msg) {
    return new LogRecord("n", Level.DEBUG, "p", 1, msg, null, null, null, null);
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8);
  }

  @Test
  void appendsToExistingFileByDefault() throws IOException {
    Path file = dir.resolve("app.log");
    Files.write(file, "old\n".getBytes(UTF_8));
    FileHandler h = new FileHandler(file.toString());
    h.handle(record("new"));
    assertThat(read(file)).isEqualTo("old\nnew\n");
    h.close();
  }

  @Test
  void writeModeTruncates() throws IOException {
    Path file = dir.resolve("app.log");
    Files.write(file, "old\n".getBytes(UTF_8));
    FileHandler h = new FileHandler(file.toString(), "w");
    h.handle(record("new"));
    h.close();
    assertThat(read(file)).isEqualTo("new\n");
  }

  @Test
  void exclusiveModeRefusesExistingFile() throws IOException {
    Path file = dir.resolve("app.log");
    Files.createFile(file);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new FileHandler(file.toString(), "x"));
    assertThat(e).hasMessageThat().contains(file.toString());
    assertThat(e).hasCauseThat().isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    FileHandler fresh = new FileHandler(dir.resolve("new.log").toString(), "x");
    fresh.handle(record("first"));
    fresh.close();
    assertThat(read(dir.resolve("new.log"))).isEqualTo("first\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "at", "a+", "+a", "ba+", "w", "wb", "w+", "x", "xt+"})
  void acceptsPythonWritingModes(String mode) {
    Path file = dir.resolve("m" + Math.abs(mode.hashCode()) + ".log");
    FileHandler h = new FileHandler(file.toString(), mode);
    h.handle(record("x"));
    h.close();
    assertThat(Files.exists(file)).isTrue();
    assertThat(h.getMode()).isEqualTo(mode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "r", "r+", "rb", "aw", "aa", "a++", "abt", "q", "A", "wx"})
  void rejectsOtherModesNamingTheAllowedOnes(String mode) {
    Path file = dir.resolve("bad.log");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new FileHandler(file.toString(), mode));
    assertThat(e).hasMessageThat().contains("mode '" + mode + "'");
    assertThat(e).hasMessageThat().contains("'a', 'w' or 'x'");
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void rejectsEmptyAndNullFilename() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FileHandler(""));
    assertThat(e).hasMessageThat().contains("filename is empty");
    NullPointerException npe = assertThrows(NullPointerException.class, () -> new FileHandler(null));
    assertThat(npe).hasMessageThat().contains("filename");
  }

  @Test
  void rejectsNullMode() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new FileHandler(dir.resolve("a.log").toString(), null));
    assertThat(e).hasMessageThat().contains("mode");
  }

  @Test
  void keepsAbsoluteNormalizedPath() {
    FileHandler h = new FileHandler("target/../target/fh-relative.log", "a", null, true);
    assertThat(h.getBaseFilename())
        .isEqualTo(Paths.get("target/fh-relative.log").toAbsolutePath().toString());
    h.close();
  }

  /** Verifies CPython's test_delay: no file until the first record. */
  @Test
  void delayOpensAtFirstRecord() throws IOException {
    Path file = dir.resolve("delayed.log");
    FileHandler h = new FileHandler(file.toString(), "a", StandardCharsets.UTF_8, true);
    assertThat(h.getStream()).isNull();
    assertThat(Files.exists(file)).isFalse();
    h.handle(record("hello"));
    assertThat(h.getStream()).isNotNull();
    assertThat(read(file)).isEqualTo("hello\n");
    h.close();
  }

  @Test
  void closingADelayedHandlerThatNeverOpenedCreatesNoFile() {
    Path file = dir.resolve("never.log");
    FileHandler h = new FileHandler(file.toString(), "a", null, true);
    h.close();
    h.close();
    assertThat(h.isClosed()).isTrue();
    assertThat(Files.exists(file)).isFalse();
  }

  /** Verifies CPython's test_emit_after_closing_in_write_mode (Issue #42378). */
  /** Another process appending to the same log between two records loses nothing, as with O_APPEND. */
  @Test
  void appendModeKeepsWhatAnotherWriterAppendedBetweenRecords() throws IOException {
    Path file = dir.resolve("shared.log");
    FileHandler h = new FileHandler(file.toString());
    try (FileChannel other = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      h.handle(record("1"));
      other.write(ByteBuffer.wrap("other\n".getBytes(UTF_8)));
      h.handle(record("2"));
      h.setBuffering(1024, 60_000);
      h.handle(record("3"));
      other.write(ByteBuffer.wrap("again\n".getBytes(UTF_8)));
      h.flush();
    }
    h.close();
    assertThat(read(file)).isEqualTo("1\nother\n2\nagain\n3\n");
  }

  /** Two handlers appending to one file, as two processes would, interleave whole lines. */
  @Test
  void twoHandlersAppendingToOneFileInterleaveTheirLines() throws IOException {
    Path file = dir.resolve("both.log");
    FileHandler first = new FileHandler(file.toString());
    FileHandler second = new FileHandler(file.toString());
    for (int i = 0; i < 3; i++) {
      first.handle(record("first " + i));
      second.handle(record("second " + i));
    }
    first.close();
    second.close();
    assertThat(read(file))
        .isEqualTo("first 0\nsecond 0\nfirst 1\nsecond 1\nfirst 2\nsecond 2\n");
  }

  /** Logs {@code n} records "0" to "n-1" and returns what they add to the file. */
  private static String logNumbered(FileHandler h, int n) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < n; i++) {
      h.handle(record(Integer.toString(i)));
      lines.append(i).append('\n');
    }
    return lines.toString();
  }

  /**
   * A thread whose interrupt status is set logs as any other, and leaves the file open for the
   * next record: an interruptible channel would close itself at that thread's write. Both while
   * lines go through the file's stream and, after {@code STREAM_LINE_WRITES} of them, when the
   * first line goes through its channel.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, FileHandler.STREAM_LINE_WRITES})
  void anInterruptedThreadLogsAndTheFileStaysOpen(int before) throws Exception {
    Path file = dir.resolve("interrupted.log");
    FileHandler h = new FileHandler(file.toString());
    String earlier = logNumbered(h, before);
    Thread.currentThread().interrupt();
    try {
      h.handle(record("while interrupted"));
    } finally {
      assertThat(Thread.interrupted()).isTrue(); // the status is left as it was, and cleared here
    }
    h.handle(record("after"));
    h.close();
    assertThat(stderr.take()).isEmpty();
    assertThat(read(file)).isEqualTo(earlier + "while interrupted\nafter\n");
  }

  /**
   * A file closed by an interrupt (here a write through the channel of the handler's stream, a
   * {@code FileOutputStream}) is opened again, whether its lines went through the stream or,
   * after {@code STREAM_LINE_WRITES} of them, through the channel.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, FileHandler.STREAM_LINE_WRITES + 1})
  void aFileClosedByAnInterruptIsOpenedAgainForTheNextRecord(int before) throws Exception {
    Path file = dir.resolve("reopened.log");
    FileHandler h = new FileHandler(file.toString(), "w");
    String earlier = logNumbered(h, before);
    h.handle(record("1"));
    Thread.currentThread().interrupt();
    try {
      FileChannel channel = ((FileOutputStream) h.getStream()).getChannel();
      assertThrows(java.nio.channels.ClosedByInterruptException.class,
          () -> channel.write(ByteBuffer.wrap("lost\n".getBytes(UTF_8))));
    } finally {
      Thread.interrupted();
    }
    h.handle(record("2"));
    h.close();
    assertThat(stderr.take()).isEmpty();
    assertThat(read(file)).isEqualTo(earlier + "1\n2\n");
  }

  /** A pipe takes no position: its records are written as to any stream (logging to a FIFO). */
  @Test
  void writesToANamedPipe() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("os.name").startsWith("Linux"), "named pipes are made here with Linux's mkfifo");
    Path fifo = dir.resolve("log.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isEqualTo(0);
    java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo); // opens the reading end, so the handler's open returns
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    FileHandler h = new FileHandler(fifo.toString());
    h.handle(record("1"));
    h.setBuffering(1024, 60_000);
    h.handle(record("2"));
    h.close();
    assertThat(stderr.take()).isEmpty();
    assertThat(new String(read.get(10, java.util.concurrent.TimeUnit.SECONDS), UTF_8)).isEqualTo("1\n2\n");
  }

  /** In a {@code w} mode records and the stream share the file's offset, as Python's file object. */
  @Test
  void writeModeStreamWritesAfterTheRecords() throws IOException {
    Path file = dir.resolve("w.log");
    FileHandler h = new FileHandler(file.toString(), "w");
    h.handle(record("1"));
    h.getStream().write("from the stream\n".getBytes(UTF_8));
    h.handle(record("2"));
    h.close();
    assertThat(read(file)).isEqualTo("1\nfrom the stream\n2\n");
  }

  @Test
  void emitAfterCloseInWriteModeWritesNothing() throws IOException {
    Path file = dir.resolve("w.log");
    FileHandler h = new FileHandler(file.toString(), "w");
    h.emit(record("1"));
    h.close();
    h.emit(record("2"));
    assertThat(read(file)).isEqualTo("1\n");
    assertThat(h.getStream()).isNull();
  }

  @Test
  void emitAfterCloseInAppendModeReopens() throws IOException {
    Path file = dir.resolve("a.log");
    FileHandler h = new FileHandler(file.toString());
    h.emit(record("1"));
    h.close();
    h.emit(record("2"));
    h.close();
    assertThat(read(file)).isEqualTo("1\n2\n");
  }

  @Test
  void writesEachRecordImmediatelyWithFormatterTerminatorAndEncoding() throws IOException {
    Path file = dir.resolve("enc.log");
    FileHandler h = new FileHandler(file.toString(), "w", StandardCharsets.ISO_8859_1);
    h.setFormatter(new Formatter("%(levelname)s:%(message)s"));
    h.setTerminator("|");
    h.handle(record("caf\u00e9"));
    assertThat(Files.readAllBytes(file))
        .isEqualTo("DEBUG:caf\u00e9|".getBytes(StandardCharsets.ISO_8859_1));
    h.close();
  }

  @Test
  void unencodableRecordGoesToHandleErrorAndNextRecordIsWritten() throws IOException {
    Path file = dir.resolve("ascii.log");
    FileHandler h = new FileHandler(file.toString(), "w", StandardCharsets.US_ASCII);
    h.handle(record("\u20ac"));
    assertThat(stderr.take()).contains("--- Logging error ---");
    h.handle(record("ok"));
    h.close();
    assertThat(read(file)).isEqualTo("ok\n");
  }

  @Test
  void recoversWhenItsDirectoryComesBack() throws IOException {
    Path sub = dir.resolve("sub");
    Path file = sub.resolve("app.log");
    FileHandler h = new FileHandler(file.toString(), "a", null, true);
    h.handle(record("lost"));
    assertThat(stderr.take()).contains("FileNotFoundException");
    Files.createDirectory(sub);
    h.handle(record("kept"));
    h.close();
    assertThat(read(file)).isEqualTo("kept\n");
  }

  /** Verifies that a full disk (Linux's /dev/full answers every write with ENOSPC) only costs records. */
  @Test
  void fullDiskGoesToHandleErrorForEachRecord() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Paths.get("/dev/full")), "no /dev/full");
    FileHandler h = new FileHandler("/dev/full");
    h.handle(record("1"));
    assertThat(stderr.take()).contains("No space left on device");
    h.handle(record("2"));
    assertThat(stderr.take()).contains("No space left on device");
    h.close();
    assertThat(h.getStream()).isNull();
  }

  @Test
  void settingAnotherStreamIsRefused() {
    FileHandler h = new FileHandler(dir.resolve("s.log").toString());
    assertThrows(UnsupportedOperationException.class, () -> h.setStream(System.out));
    h.close();
  }

  @Test
  void toStringShowsPathAndLevel() {
    FileHandler h = new FileHandler(dir.resolve("r.log").toString(), "a", null, true);
    assertThat(h.toString()).isEqualTo("<FileHandler " + dir.resolve("r.log") + " (NOTSET)>");
    h.close();
  }
}
