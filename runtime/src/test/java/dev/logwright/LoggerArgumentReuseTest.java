package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the argument array a logger reuses between calls never leaks into a record that
 * outlives its call: kept copies own their arguments, and a call made from inside a handler
 * does not overwrite the arguments of the call being handled.
 */
class LoggerArgumentReuseTest {
  /** Keeps a copy of every record, as a buffering handler does. */
  private static final class Keeping extends Handler {
    final List<LogRecord> kept = new ArrayList<>();

    @Override
    public void emit(LogRecord record) {
      kept.add(record.copy());
    }
  }

  @Test
  void copiesKeepTheirArgumentsAfterLaterCalls() {
    Logger log = new Manager().getLogger("app");
    log.setLevel(Level.DEBUG);
    Keeping handler = new Keeping();
    log.addHandler(handler);
    log.info("%s %s %s", "a", "b", "c");
    log.info("%s %s %s", "d", "e", "f");
    log.info("%s %s %s %s", 1, 2, 3, 4);
    log.info("%s", "g");
    log.info("%s %s", "h", "i");
    assertThat(handler.kept).hasSize(5);
    assertThat(handler.kept.get(0).getMessage()).isEqualTo("a b c");
    assertThat(handler.kept.get(1).getMessage()).isEqualTo("d e f");
    assertThat(handler.kept.get(2).getMessage()).isEqualTo("1 2 3 4");
    assertThat(handler.kept.get(3).getMessage()).isEqualTo("g");
    assertThat(handler.kept.get(4).getMessage()).isEqualTo("h i");
    assertThat(handler.kept.get(0).getArgs()).isNotSameInstanceAs(handler.kept.get(1).getArgs());
  }

  @Test
  void argumentsAreReleasedWhenTheCallReturns() {
    Logger log = new Manager().getLogger("app");
    log.setLevel(Level.DEBUG);
    List<Object[]> seen = new ArrayList<>();
    log.addHandler(new Handler() {
      @Override
      public void emit(LogRecord record) {
        seen.add(record.getArgs()); // the live array, kept against the rules to look at it later
      }
    });
    log.info("%s %s %s", "a", "b", "c");
    assertThat(seen.get(0)).asList().containsExactly(null, null, null);
  }

  @Test
  void aCallFromInsideAHandlerLeavesTheOuterArgumentsAlone() {
    Logger log = new Manager().getLogger("app");
    Logger inner = log.getManager().getLogger("inner");
    log.setLevel(Level.DEBUG);
    inner.setLevel(Level.DEBUG);
    inner.setPropagate(false);
    Keeping innerHandler = new Keeping();
    inner.addHandler(innerHandler);
    List<String> outer = new ArrayList<>();
    log.addHandler(new Handler() {
      @Override
      public void emit(LogRecord record) {
        inner.info("%s %s %s", "x", "y", "z");
        outer.add(record.getMessage());
      }
    });
    log.info("%s %s %s", "a", "b", "c");
    assertThat(outer).containsExactly("a b c");
    assertThat(innerHandler.kept.get(0).getMessage()).isEqualTo("x y z");
  }
}
