package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.testing.Allocations;
import dev.logwright.testing.MessageMergingHandler;
import org.junit.jupiter.api.Test;

/** Verifies that the logger's own path (level check, record, handler dispatch) allocates nothing per call. */
class LoggerAllocationTest {
  private static final class Counting extends Handler {
    long count;

    @Override
    public void emit(LogRecord record) {
      count += record.getLevelno();
    }
  }

  @Test
  void enabledCallWithoutArgumentsAllocatesNothingInSteadyState() {
    Manager manager = new Manager();
    Logger log = manager.getLogger("bench.orders");
    log.setLevel(Level.INFO);
    Counting handler = new Counting();
    log.addHandler(handler);
    double perCall = Allocations.bytesPerCall(300_000, 100_000, () -> log.info("order shipped"));
    assertThat(handler.count).isEqualTo(400_000L * Level.INFO);
    // Less than one byte per call: no object is allocated per record.
    assertThat(perCall).isLessThan(1.0);
  }

  @Test
  void disabledCallAllocatesNothing() {
    Manager manager = new Manager();
    Logger log = manager.getLogger("bench.orders");
    log.setLevel(Level.INFO);
    log.addHandler(new Counting());
    double perCall = Allocations.bytesPerCall(300_000, 100_000, () -> log.debug("order %s", "x"));
    assertThat(perCall).isLessThan(1.0);
  }


  @Test
  void enabledCallsWithThreeAndFourArgumentsAllocateNoArgumentArray() {
    Manager manager = new Manager();
    Logger log = manager.getLogger("bench.orders");
    log.setLevel(Level.INFO);
    MessageMergingHandler handler = new MessageMergingHandler();
    log.addHandler(handler);
    // Boxes from the JDK's caches and constant strings: whatever is allocated is the logger's.
    Integer id = 42;
    Integer ms = 7;
    double three = Allocations.bytesPerCall(300_000, 100_000,
        () -> log.info("Order %d shipped to %s in %d ms", id, "Lyon", ms));
    assertThat(handler.lastMessage()).isEqualTo("Order 42 shipped to Lyon in 7 ms");
    double four = Allocations.bytesPerCall(300_000, 100_000,
        () -> log.warning("%s/%s/%s/%s", "a", id, "c", ms));
    assertThat(handler.lastMessage()).isEqualTo("a/42/c/7");
    assertThat(handler.count()).isEqualTo(800_000L);
    assertThat(three).isLessThan(1.0);
    assertThat(four).isLessThan(1.0);
  }

  @Test
  void disabledCallsWithThreeAndFourArgumentsAllocateNothing() {
    Manager manager = new Manager();
    Logger log = manager.getLogger("bench.orders");
    log.setLevel(Level.INFO);
    log.addHandler(new Counting());
    Integer id = 42;
    double perCall = Allocations.bytesPerCall(300_000, 100_000, () -> {
      log.debug("%s %s %s", id, "x", id);
      log.debug("%s %s %s %s", id, "x", id, "y");
    });
    assertThat(perCall).isLessThan(1.0);
  }
}
