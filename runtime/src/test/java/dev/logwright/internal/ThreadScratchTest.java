package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.Manager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which records have a place for the handlers' per-thread object, and that it stays put. */
class ThreadScratchTest {
  /** Notes, for each record, whether it has a place and what was kept there. */
  private static final class Probe extends Handler {
    final List<Boolean> places = new ArrayList<>();
    final List<Object> kept = new ArrayList<>();
    final List<Boolean> placesOnAnotherThread = new ArrayList<>();

    @Override
    public void emit(LogRecord record) {
      places.add(ThreadScratch.has(record));
      kept.add(String.valueOf(ThreadScratch.get(record)));
      if (ThreadScratch.has(record) && ThreadScratch.get(record) == null) {
        ThreadScratch.put(record, "kept on " + Thread.currentThread().getName());
      }
      Thread other = new Thread(() -> placesOnAnotherThread.add(ThreadScratch.has(record)));
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void aThreadsReusableRecordHasAPlaceOnItsThreadOnly() throws Exception {
    Probe probe = new Probe();
    Logger log = new Manager().getLogger("scratch");
    log.setLevel(Level.INFO);
    log.addHandler(probe);

    // A thread of its own: what the probe keeps must not stay with the test runner's thread.
    Thread logging = new Thread(() -> {
      log.info("first");
      log.info("second");
      probe.handle(new LogRecord("scratch", Level.INFO, null, 0, "made here", null, null, null, null));
    }, "logging");
    logging.start();
    logging.join();

    assertThat(probe.places).containsExactly(true, true, false).inOrder();
    assertThat(probe.kept).containsExactly("null", "kept on logging", "null").inOrder();
    assertThat(probe.placesOnAnotherThread).containsExactly(false, false, false).inOrder();
  }
}
