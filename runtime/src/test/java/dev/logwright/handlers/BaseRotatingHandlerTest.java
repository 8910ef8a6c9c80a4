package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.FileHandlerTest.record;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.LogRecord;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BaseRotatingHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  /** Rolls over before every third record, moving the file to name.N; logs each hook call. */
  static final class EveryThird extends BaseRotatingHandler {
    final List<String> calls = new ArrayList<>();
    int seen;
    int rolled;

    EveryThird(String filename, boolean delay) {
      super(filename, "a", null, delay);
    }

    @Override
    public boolean shouldRollover(LogRecord record) {
      calls.add("shouldRollover " + record.getMsg());
      return ++seen % 3 == 0;
    }

    @Override
    public void doRollover() throws IOException {
      calls.add("doRollover");
      closeStream();
      rotate(getBaseFilename(), rotationFilename(getBaseFilename() + "." + ++rolled));
      if (!isDelay()) {
        openStream();
      }
    }
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), UTF_8);
  }

  @Test
  void emitAsksShouldRolloverThenRollsOverThenWrites() throws IOException {
    Path file = dir.resolve("b.log");
    EveryThird h = new EveryThird(file.toString(), false);
    for (String m : new String[] {"1", "2", "3", "4"}) {
      h.handle(record(m));
    }
    h.close();
    assertThat(h.calls).containsExactly("shouldRollover 1", "shouldRollover 2", "shouldRollover 3",
        "doRollover", "shouldRollover 4").inOrder();
    assertThat(read(dir.resolve("b.log.1"))).isEqualTo("1\n2\n");
    assertThat(read(file)).isEqualTo("3\n4\n");
  }

  @Test
  void delayedHandlerReopensAfterRolloverOnTheNextWrite() throws IOException {
    Path file = dir.resolve("b.log");
    EveryThird h = new EveryThird(file.toString(), true);
    for (String m : new String[] {"1", "2", "3"}) {
      h.handle(record(m));
    }
    h.close();
    assertThat(read(dir.resolve("b.log.1"))).isEqualTo("1\n2\n");
    assertThat(read(file)).isEqualTo("3\n");
  }

  @Test
  void rotationFilenameAppliesTheNamer() {
    EveryThird h = new EveryThird(dir.resolve("b.log").toString(), true);
    assertThat(h.rotationFilename("x.1")).isEqualTo("x.1");
    h.setNamer(name -> name + ".gz");
    assertThat(h.getNamer()).isNotNull();
    assertThat(h.rotationFilename("x.1")).isEqualTo("x.1.gz");
    h.setNamer(name -> null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> h.rotationFilename("x.1"));
    assertThat(e).hasMessageThat().contains("x.1");
    h.close();
  }

  @Test
  void defaultRotateRenamesReplacingAnExistingDestination() throws IOException {
    EveryThird h = new EveryThird(dir.resolve("b.log").toString(), true);
    Path source = Files.write(dir.resolve("s"), "new".getBytes(UTF_8));
    Path dest = Files.write(dir.resolve("d"), "old".getBytes(UTF_8));
    h.rotate(source.toString(), dest.toString());
    assertThat(Files.exists(source)).isFalse();
    assertThat(read(dest)).isEqualTo("new");
    h.close();
  }

  @Test
  void rotatorReplacesTheDefaultRename() throws IOException {
    EveryThird h = new EveryThird(dir.resolve("b.log").toString(), true);
    List<String> calls = new ArrayList<>();
    h.setRotator((source, dest) -> calls.add(source + " -> " + dest));
    Path source = Files.write(dir.resolve("s"), "new".getBytes(UTF_8));
    h.rotate(source.toString(), dir.resolve("d").toString());
    assertThat(calls).containsExactly(source + " -> " + dir.resolve("d"));
    assertThat(Files.exists(source)).isTrue();
    h.close();
  }

  @Test
  void namerFailureGoesToHandleErrorAndDropsOnlyThatRecord() throws IOException {
    Path file = dir.resolve("b.log");
    EveryThird h = new EveryThird(file.toString(), false);
    h.setNamer(name -> {
      throw new IllegalStateException("namer broke");
    });
    for (String m : new String[] {"1", "2", "3", "4"}) {
      h.handle(record(m));
    }
    assertThat(stderr.take()).contains("namer broke");
    h.close();
    // "3" was lost with its rollover; "4" reopened the same file.
    assertThat(read(file)).isEqualTo("1\n2\n4\n");
  }
}
