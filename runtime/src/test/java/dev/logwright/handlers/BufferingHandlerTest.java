package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.StderrCapture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BufferingHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  static LogRecord record(int level, String msg, Object... args) {
    LogRecord r = new LogRecord();
    r.init("test", level, msg, args.length == 0 ? null : args, null, 0L);
    return r;
  }

  static List<String> messages(List<LogRecord> records) {
    List<String> out = new ArrayList<>();
    for (LogRecord r : records) {
      out.add(r.getMessage());
    }
    return out;
  }

  @Test
  void capacityZeroOrNegativeIsRejectedNamingTheParameter() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> new BufferingHandler(0));
    assertThat(zero).hasMessageThat().isEqualTo("capacity <= 0: 0");
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> new MemoryHandler(-3));
    assertThat(negative).hasMessageThat().isEqualTo("capacity <= 0: -3");
  }

  @Test
  void bufferEmptiesWhenItReachesCapacity() {
    BufferingHandler h = new BufferingHandler(3);
    h.handle(record(Level.INFO, "one"));
    h.handle(record(Level.CRITICAL, "two"));
    assertThat(messages(h.getBuffer())).containsExactly("one", "two").inOrder();
    h.handle(record(Level.INFO, "three"));
    assertThat(h.getBuffer()).isEmpty();
  }

  /** Verifies that a logger reusing its record after {@code handle} does not change what is buffered. */
  @Test
  void buffersCopiesSoTheCallerMayReuseItsRecord() {
    CapturingHandler target = new CapturingHandler();
    MemoryHandler h = new MemoryHandler(10, Level.ERROR, target);
    LogRecord reused = new LogRecord();
    for (int i = 0; i < 3; i++) {
      reused.init("reuse", Level.INFO, "n=%d", new Object[] {i}, null, i);
      h.handle(reused);
    }
    h.flush();
    assertThat(messages(target.records())).containsExactly("n=0", "n=1", "n=2").inOrder();
  }

  @Test
  void closeFlushesAwayTheBufferAndTwiceIsHarmless() {
    BufferingHandler h = new BufferingHandler(5);
    h.handle(record(Level.INFO, "kept"));
    h.close();
    assertThat(h.getBuffer()).isEmpty();
    assertThat(h.isClosed()).isTrue();
    h.close();
    // Logging after close buffers as before: closing does not stop a handler, as in Python.
    h.handle(record(Level.INFO, "after"));
    assertThat(messages(h.getBuffer())).containsExactly("after");
  }

  @Test
  void overriddenShouldFlushDecidesWhenToFlush() {
    List<Integer> sizesAtFlush = new ArrayList<>();
    BufferingHandler h = new BufferingHandler(100) {
      @Override
      public boolean shouldFlush(LogRecord record) {
        return record.getMessage().equals("now");
      }

      @Override
      public void flush() {
        sizesAtFlush.add(buffer.size());
        super.flush();
      }
    };
    h.handle(record(Level.INFO, "a"));
    h.handle(record(Level.INFO, "b"));
    h.handle(record(Level.INFO, "now"));
    h.handle(record(Level.INFO, "c"));
    assertThat(sizesAtFlush).containsExactly(3);
    assertThat(messages(h.getBuffer())).containsExactly("c");
  }

  @Test
  void aRecordThatCannotBeCopiedGoesToHandleError() {
    List<Throwable> errors = new ArrayList<>();
    BufferingHandler h = new BufferingHandler(2) {
      @Override
      public boolean shouldFlush(LogRecord record) {
        throw new IllegalStateException("broken strategy");
      }

      @Override
      public void handleError(LogRecord record, Throwable error) {
        errors.add(error);
      }
    };
    h.handle(record(Level.INFO, "x"));
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).hasMessageThat().isEqualTo("broken strategy");
  }
}
