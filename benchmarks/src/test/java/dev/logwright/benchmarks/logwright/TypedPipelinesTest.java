package dev.logwright.benchmarks.logwright;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.LineCheck;
import dev.logwright.benchmarks.Workload;
import dev.logwright.handlers.RotatingFileHandler;
import dev.logwright.testing.Allocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed benchmark's instrument: its generated pipelines (flush, buffered, async) write the
 * agreed line, the same text as the plain API's set-up for the same calls, and its flush and
 * disabled calls allocate nothing once warm.
 */
class TypedPipelinesTest {
  private static final int CALLS = 2_000;

  @TempDir Path typedDir;
  @TempDir Path plainDir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(LogwrightTypedBench.DIR_PROPERTY);
  }

  @Test
  void fileBufferedAndQueuePipelinesWriteWhatThePlainApiWrites() throws IOException {
    List<String> plain = plainLines();

    List<String> file = typedLines(m -> TypedFileLoggingPipeline.create().install(m));
    assertThat(LineCheck.verify(typedDir)).isEqualTo(1);
    assertThat(file).containsExactlyElementsIn(plain).inOrder();

    Files.delete(typedDir.resolve("logwright-typed.log"));
    List<String> buffered = typedLines(m -> {
      TypedBufferedLoggingPipeline p = TypedBufferedLoggingPipeline.create().install(m);
      assertThat(p.file().getBufferSize()).isEqualTo(LogwrightSetup.BUFFER_SIZE);
      assertThat(p.file().getMaxDelayMillis()).isEqualTo(LogwrightSetup.MAX_DELAY_MILLIS);
      return p;
    });
    assertThat(LineCheck.verify(typedDir)).isEqualTo(1);
    assertThat(buffered).containsExactlyElementsIn(plain).inOrder();

    Files.delete(typedDir.resolve("logwright-typed.log"));
    List<String> queued = typedLines(m -> {
      TypedQueueLoggingPipeline p = TypedQueueLoggingPipeline.create().install(m);
      assertThat(p.file().getBufferSize()).isEqualTo(LogwrightSetup.BUFFER_SIZE);
      return p;
    });
    assertThat(LineCheck.verify(typedDir)).isEqualTo(1);
    assertThat(queued).containsExactlyElementsIn(plain).inOrder();
  }

  /** Verifies the steady state the flush and disabled rows are expected to show: 0 B/op. */
  @Test
  void typedFlushAndDisabledCallsAllocateNothingOnceWarm() {
    System.setProperty(LogwrightTypedBench.DIR_PROPERTY, typedDir.toString());
    Manager manager = new Manager();
    try (TypedFileLoggingPipeline pipeline = TypedFileLoggingPipeline.create().install(manager)) {
      TypedOrders orders = TypedOrdersImpl.create(manager);
      Workload w = new Workload();

      double enabled = Allocations.bytesPerCall(20_000, 20_000, () -> {
        long id = w.nextId();
        orders.shipped(id, Workload.city(id), Workload.ms(id));
      });
      double disabled = Allocations.bytesPerCall(20_000, 20_000, () -> {
        long id = w.nextId();
        orders.shippedDebug(id, Workload.city(id), Workload.ms(id));
      });

      // Less than one byte per call, i.e. no object per call (the smallest is 16 bytes): the
      // once-a-second asctime refresh, or a one-off in the JVM during the measurement, may
      // allocate a few bytes in all, which an exact zero would turn into a flaky failure.
      assertThat(enabled).isLessThan(1.0);
      assertThat(disabled).isLessThan(1.0);
    }
  }

  /** Logs the workload's calls (and one DEBUG call each) through a typed logger; the lines without time. */
  private List<String> typedLines(Function<Manager, AutoCloseable> pipelines) throws IOException {
    System.setProperty(LogwrightTypedBench.DIR_PROPERTY, typedDir.toString());
    Manager manager = new Manager();
    try (AutoCloseable pipeline = pipelines.apply(manager)) {
      TypedOrders orders = TypedOrdersImpl.create(manager);
      Workload w = new Workload();
      for (int i = 0; i < CALLS; i++) {
        long id = w.nextId();
        orders.shipped(id, Workload.city(id), Workload.ms(id));
        orders.shippedDebug(id, Workload.city(id), Workload.ms(id));
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return withoutTime(typedDir.resolve("logwright-typed.log"));
  }

  /** The same calls through the plain API, wired as {@link LogwrightSetup} wires it. */
  private List<String> plainLines() throws IOException {
    Path log = plainDir.resolve("plain.log");
    RotatingFileHandler file =
        new RotatingFileHandler(log.toString(), "a", BenchDir.MAX_BYTES, BenchDir.BACKUP_COUNT, UTF_8, false);
    file.setFormatter(new Formatter(LogwrightSetup.FORMAT));
    Logger logger = new Manager().getLogger(BenchDir.LOGGER);
    logger.setLevel(Level.INFO);
    logger.setPropagate(false);
    logger.addHandler(file);
    try {
      Workload w = new Workload();
      for (int i = 0; i < CALLS; i++) {
        long id = w.nextId();
        logger.info(LogwrightBench.MESSAGE, id, Workload.city(id), Workload.ms(id));
        logger.debug(LogwrightBench.MESSAGE, id, Workload.city(id), Workload.ms(id));
      }
    } finally {
      logger.removeHandler(file);
      file.close();
    }
    return withoutTime(log);
  }

  /** The lines of {@code log} after the 23 characters of {@code yyyy-MM-dd HH:mm:ss,SSS}. */
  private static List<String> withoutTime(Path log) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(log, UTF_8)) {
      assertThat(line).matches(LineCheck.LINE.pattern());
      lines.add(line.substring(23));
    }
    assertThat(lines).hasSize(CALLS);
    return lines;
  }
}
