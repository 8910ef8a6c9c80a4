package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.FileHandlerTest.record;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WatchedFileHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8);
  }

  /** Verifies CPython's test_builtin_handlers case: a deleted file is created again. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void recreatesDeletedFile(boolean delay) throws IOException {
    Path file = dir.resolve("w.log");
    WatchedFileHandler h = new WatchedFileHandler(file.toString(), "a", UTF_8, delay);
    h.handle(record("one"));
    Files.delete(file);
    assertThat(Files.exists(file)).isFalse();
    h.handle(record("two"));
    assertThat(read(file)).isEqualTo("two\n");
    h.close();
  }

  @Test
  void followsTheNameWhenTheFileIsMoved() throws IOException {
    Path file = dir.resolve("w.log");
    Path moved = dir.resolve("w.log.1");
    WatchedFileHandler h = new WatchedFileHandler(file.toString());
    h.handle(record("before"));
    Files.move(file, moved);
    h.handle(record("after"));
    h.close();
    assertThat(read(moved)).isEqualTo("before\n");
    assertThat(read(file)).isEqualTo("after\n");
  }

  @Test
  void followsTheNameWhenAnotherFileReplacesIt() throws IOException {
    Path file = dir.resolve("w.log");
    WatchedFileHandler h = new WatchedFileHandler(file.toString());
    h.handle(record("before"));
    Path other = Files.write(dir.resolve("other"), "other\n".getBytes(UTF_8));
    Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    h.handle(record("after"));
    h.close();
    assertThat(read(file)).isEqualTo("other\nafter\n");
  }

  @Test
  void keepsTheSameFileWhileItIsUnchanged() throws IOException {
    Path file = dir.resolve("w.log");
    WatchedFileHandler h = new WatchedFileHandler(file.toString());
    OutputStream first = h.getStream();
    h.handle(record("1"));
    h.reopenIfNeeded();
    h.handle(record("2"));
    assertThat(h.getStream()).isSameInstanceAs(first);
    h.close();
    assertThat(read(file)).isEqualTo("1\n2\n");
  }

  @Test
  void reopenIfNeededDoesNothingWhileNotOpen() throws IOException {
    Path file = dir.resolve("w.log");
    WatchedFileHandler h = new WatchedFileHandler(file.toString(), "a", null, true);
    h.reopenIfNeeded();
    assertThat(Files.exists(file)).isFalse();
    h.close();
  }

  @Test
  void reportsAndRecoversWhenTheDirectoryDisappears() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path file = sub.resolve("w.log");
    WatchedFileHandler h = new WatchedFileHandler(file.toString());
    h.handle(record("1"));
    Files.delete(file);
    Files.delete(sub);
    h.handle(record("2"));
    assertThat(stderr.take()).contains("FileNotFoundException");
    Files.createDirectory(sub);
    h.handle(record("3"));
    h.close();
    assertThat(read(file)).isEqualTo("3\n");
  }

  /**
   * Verifies Issue #14632's race: a thread deleting the file over and over while records are
   * written never makes the handler fail.
   */
  @Test
  void survivesConcurrentDeletion() throws Exception {
    for (boolean delay : new boolean[] {false, true}) {
      Path file = dir.resolve("race-" + delay + ".log");
      WatchedFileHandler h = new WatchedFileHandler(file.toString(), "a", UTF_8, delay);
      Thread remover = new Thread(() -> {
        for (int i = 0; i < 2000; i++) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException ignored) {
            // a failed delete is just one fewer disturbance
          }
          Thread.yield();
        }
      });
      remover.start();
      try {
        for (int i = 0; i < 2000; i++) {
          h.handle(record("testing " + i));
        }
      } finally {
        remover.join(60_000);
        h.close();
      }
      assertThat(remover.isAlive()).isFalse();
    }
  }

  @Test
  void rejectsBadArgumentsAsFileHandlerDoes() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new WatchedFileHandler(""));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new WatchedFileHandler(dir.resolve("x").toString(), "r"));
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
    assertThat(Paths.get(new WatchedFileHandler(dir.resolve("y").toString(), "w", null, true).getBaseFilename()))
        .isEqualTo(dir.resolve("y"));
  }
}
