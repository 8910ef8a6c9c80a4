package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.testing.Allocations;
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
}
