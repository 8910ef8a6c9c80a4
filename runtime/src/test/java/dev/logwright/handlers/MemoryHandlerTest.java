package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.BufferingHandlerTest.messages;
import static dev.logwright.handlers.BufferingHandlerTest.record;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.StderrCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  @Test
  void defaultsAreErrorLevelNoTargetAndFlushOnClose() {
    MemoryHandler h = new MemoryHandler(7);
    assertThat(h.getCapacity()).isEqualTo(7);
    assertThat(h.getFlushLevel()).isEqualTo(Level.ERROR);
    assertThat(h.getTarget()).isNull();
    assertThat(h.getFlushOnClose()).isTrue();
  }

  @Test
  void withoutTargetNothingIsDroppedEvenBeyondCapacity() {
    MemoryHandler h = new MemoryHandler(2);
    for (int i = 0; i < 5; i++) {
      h.handle(record(Level.ERROR, "r%d", i));
    }
    assertThat(h.getBuffer()).hasSize(5);
    CapturingHandler target = new CapturingHandler();
    h.setTarget(target);
    h.flush();
    assertThat(messages(target.records()))
        .containsExactly("r0", "r1", "r2", "r3", "r4").inOrder();
    assertThat(h.getBuffer()).isEmpty();
  }

  /** Verifies that the target's filters apply but, as in Python, its level does not. */
  @Test
  void targetFiltersApplyButNotItsLevel() {
    CapturingHandler target = new CapturingHandler();
    target.setLevel(Level.CRITICAL);
    target.addFilter(r -> !r.getMessage().equals("secret"));
    MemoryHandler h = new MemoryHandler(3, Level.ERROR, target);
    h.handle(record(Level.INFO, "secret"));
    h.handle(record(Level.INFO, "low"));
    h.handle(record(Level.INFO, "full"));
    assertThat(messages(target.records())).containsExactly("low", "full").inOrder();
  }

  @Test
  void closeWithoutFlushOnCloseKeepsTheRecordsForANewTarget() {
    CapturingHandler first = new CapturingHandler();
    MemoryHandler h = new MemoryHandler(10, Level.ERROR, first, false);
    h.handle(record(Level.INFO, "pending"));
    h.close();
    assertThat(first.records()).isEmpty();
    assertThat(h.getTarget()).isNull();
    CapturingHandler second = new CapturingHandler();
    h.setTarget(second);
    h.flush();
    assertThat(messages(second.records())).containsExactly("pending");
  }

  /** Verifies that a target failing with an Error mid-flush keeps the records it did not take. */
  @Test
  void aTargetThatFailsMidFlushLosesNothing() {
    CapturingHandler good = new CapturingHandler();
    int[] calls = {0};
    Handler flaky = new Handler() {
      @Override
      public void emit(LogRecord record) {
        if (++calls[0] == 2) {
          throw new AssertionError("target down");
        }
        good.handle(record);
      }
    };
    MemoryHandler h = new MemoryHandler(10, Level.ERROR, flaky);
    h.handle(record(Level.INFO, "a"));
    h.handle(record(Level.INFO, "b"));
    h.handle(record(Level.INFO, "c"));
    try {
      h.flush();
    } catch (AssertionError expected) {
      assertThat(expected).hasMessageThat().isEqualTo("target down");
    }
    assertThat(messages(h.getBuffer())).containsExactly("b", "c").inOrder();
    h.flush();
    assertThat(messages(good.records())).containsExactly("a", "b", "c").inOrder();
  }
}
