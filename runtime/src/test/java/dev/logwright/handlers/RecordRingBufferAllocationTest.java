package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verifies that handing records to a listener through a {@link RecordRingBuffer} allocates
 * nothing on the logging thread once warmed up. This counts bytes allocated by the producer
 * thread ({@code com.sun.management.ThreadMXBean}); it measures no time.
 */
class RecordRingBufferAllocationTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static final int CHUNK = 1000;

  @Test
  void steadyStateHandOffAllocatesNothingOnTheProducer() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Peers.require(bean instanceof com.sun.management.ThreadMXBean
            && ((com.sun.management.ThreadMXBean) bean).isThreadAllocatedMemorySupported(),
        "a JVM that counts allocated bytes per thread (com.sun.management.ThreadMXBean)");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    threads.setThreadAllocatedMemoryEnabled(true);

    AtomicLong handled = new AtomicLong();
    Handler counting = new Handler() {
      @Override
      public void emit(LogRecord record) {
        handled.incrementAndGet();
      }
    };
    RecordRingBuffer ring = new RecordRingBuffer(2 * CHUNK);
    QueueHandler handler = new QueueHandler(ring);
    QueueListener listener = new QueueListener(ring, counting);
    listener.start();
    try {
      LogRecord reused = new LogRecord();
      Object[] args = {"order", 0, "Lyon"};
      String[] cities = {"Lyon", "Oslo", "Lima", "Kyiv"};
      runChunks(handler, ring, reused, args, cities, 50);
      long tid = Thread.currentThread().getId();
      long before = threads.getThreadAllocatedBytes(tid);
      runChunks(handler, ring, reused, args, cities, 100);
      long allocated = threads.getThreadAllocatedBytes(tid) - before;
      assertThat(handler.getDroppedCount()).isEqualTo(0);
      // 100 000 records: any per-record allocation would show as megabytes.
      assertThat(allocated).isLessThan(100 * CHUNK);
    } finally {
      listener.stop();
    }
    assertThat(handled.get()).isEqualTo(150L * CHUNK);
  }

  /**
   * Verifies the whole producer side of the plain API with a listener attached: level check,
   * record, caller-information query (which asks the listener's handlers) and hand-off.
   */
  @Test
  void loggerCallsThroughAQueueHandlerAllocateNothingOnTheProducer() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Peers.require(bean instanceof com.sun.management.ThreadMXBean
            && ((com.sun.management.ThreadMXBean) bean).isThreadAllocatedMemorySupported(),
        "a JVM that counts allocated bytes per thread (com.sun.management.ThreadMXBean)");
    AtomicLong handled = new AtomicLong();
    Handler counting = new Handler() {
      @Override
      public void emit(LogRecord record) {
        handled.incrementAndGet();
      }
    };
    RecordRingBuffer ring = new RecordRingBuffer(2 * CHUNK);
    QueueHandler handler = new QueueHandler(ring);
    QueueListener listener = new QueueListener(ring, counting, new Handler() {
      @Override
      public void emit(LogRecord record) {}
    });
    handler.setListener(listener);
    dev.logwright.Logger log = new dev.logwright.Manager().getLogger("app.orders");
    log.setLevel(Level.INFO);
    log.addHandler(handler);
    listener.start();
    try {
      String[] cities = {"Lyon", "Oslo", "Lima", "Kyiv"};
      Integer ms = 12; // from the Integer cache: the caller allocates nothing either
      Runnable chunk = () -> {
        for (int i = 0; i < CHUNK; i++) {
          log.info("%s shipped to %s in %d ms", cities[i & 3], cities[(i + 1) & 3], ms);
        }
        while (ring.size() > 0) {
          Thread.yield();
        }
      };
      double perChunk = dev.logwright.testing.Allocations.bytesPerCall(50, 100, chunk);
      assertThat(handler.getDroppedCount()).isEqualTo(0);
      // 1000 records per chunk: under a byte per record.
      assertThat(perChunk).isLessThan(CHUNK);
    } finally {
      listener.stop();
    }
    assertThat(handled.get()).isEqualTo(150L * CHUNK);
  }

  /**
   * Verifies the producer side of typed loggers through a queue: a message rendered into a
   * reused buffer ({@code Logger.logMessage}) is handed over without a copy of the text on the
   * logging thread, and the listener sees each record's own text although the buffer is reused.
   */
  @Test
  void renderedMessagesThroughAQueueHandlerAllocateNothingOnTheProducerAndKeepTheirText() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Peers.require(bean instanceof com.sun.management.ThreadMXBean
            && ((com.sun.management.ThreadMXBean) bean).isThreadAllocatedMemorySupported(),
        "a JVM that counts allocated bytes per thread (com.sun.management.ThreadMXBean)");
    AtomicLong handled = new AtomicLong();
    AtomicLong wrong = new AtomicLong();
    Handler checking = new Handler() {
      @Override
      public void emit(LogRecord record) {
        String text = record.getMessage();
        // every message is "order N shipped" with N = its position in the chunk
        if (!text.startsWith("order ") || !text.endsWith(" shipped")) {
          wrong.incrementAndGet();
        }
        handled.incrementAndGet();
      }
    };
    RecordRingBuffer ring = new RecordRingBuffer(2 * CHUNK);
    QueueHandler handler = new QueueHandler(ring);
    QueueListener listener = new QueueListener(ring, checking);
    handler.setListener(listener);
    dev.logwright.Logger log = new dev.logwright.Manager().getLogger("app.orders");
    log.setLevel(Level.INFO);
    log.addHandler(handler);
    listener.start();
    try {
      StringBuilder reused = new StringBuilder(64);
      Runnable chunk = () -> {
        for (int i = 0; i < CHUNK; i++) {
          reused.setLength(0);
          reused.append("order ").append(i).append(" shipped");
          log.logMessage(Level.INFO, reused, null, 1);
        }
        while (ring.size() > 0) {
          Thread.yield();
        }
      };
      double perChunk = dev.logwright.testing.Allocations.bytesPerCall(50, 100, chunk);
      assertThat(handler.getDroppedCount()).isEqualTo(0);
      assertThat(perChunk).isLessThan(CHUNK);
    } finally {
      listener.stop();
    }
    assertThat(handled.get()).isEqualTo(150L * CHUNK);
    assertThat(wrong.get()).isEqualTo(0);
  }

  @Test
  void refusingARecordWhenTheRingIsFullAllocatesNothingOnTheProducer() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Peers.require(bean instanceof com.sun.management.ThreadMXBean
            && ((com.sun.management.ThreadMXBean) bean).isThreadAllocatedMemorySupported(),
        "a JVM that counts allocated bytes per thread (com.sun.management.ThreadMXBean)");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    RecordRingBuffer ring = new RecordRingBuffer(4);
    AtomicLong reported = new AtomicLong();
    java.util.concurrent.atomic.AtomicReference<Throwable> last = new java.util.concurrent.atomic.AtomicReference<>();
    QueueHandler handler = new QueueHandler(ring) {
      @Override
      public void handleError(LogRecord record, Throwable error) {
        last.set(error);
        reported.incrementAndGet();
      }
    };
    LogRecord record = new LogRecord();
    record.init("app", Level.INFO, "order %s", new Object[] {"x"}, null, 1L);
    for (int i = 0; i < 4; i++) {
      handler.handle(record); // no listener: the ring fills up
    }
    assertThat(reported.get()).isEqualTo(0);
    for (int i = 0; i < 200_000; i++) {
      handler.handle(record);
    }
    long tid = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(tid);
    for (int i = 0; i < 100_000; i++) {
      handler.handle(record);
    }
    long allocated = threads.getThreadAllocatedBytes(tid) - before;
    assertThat(reported.get()).isEqualTo(300_000L);
    assertThat(last.get()).isInstanceOf(IllegalStateException.class);
    assertThat(last.get()).hasMessageThat().isEqualTo("Queue full (4 records)");
    assertThat(handler.getDroppedCount()).isEqualTo(300_000L);
    // Under one byte per refused record: the refusal allocates no exception, message or trace.
    assertThat(allocated).isLessThan(100_000L);
  }

  /** Emits {@code chunks} × {@link #CHUNK} records, waiting for the ring to drain after each chunk. */
  private static void runChunks(QueueHandler handler, RecordRingBuffer ring, LogRecord reused,
      Object[] args, String[] cities, int chunks) {
    for (int c = 0; c < chunks; c++) {
      for (int i = 0; i < CHUNK; i++) {
        args[1] = i & 127; // boxed from the Integer cache: the caller allocates nothing either
        args[2] = cities[i & 3];
        reused.init("app.orders", Level.INFO, "%s %d shipped to %s", args, null, 1L + i);
        handler.handle(reused);
      }
      while (ring.size() > 0) {
        Thread.yield();
      }
    }
  }
}
