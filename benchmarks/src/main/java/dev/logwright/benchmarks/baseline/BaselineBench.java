package dev.logwright.benchmarks.baseline;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.PipelineState;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floors the frameworks are held against: an empty loop (what a disabled call should cost)
 * and one bare {@code FileChannel.write} of a ready-made line per call (what flush per record
 * costs when nothing but the system call is left). The line is written the cheapest way known:
 * from direct memory and, on Linux, by a positional write, which appends to a file opened for
 * appending whatever the position (pwrite(2), BUGS), as Logwright's file handlers write.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BaselineBench {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
  private static final boolean POSITIONAL_APPEND =
      System.getProperty("os.name", "").startsWith("Linux");

  /** A file opened for appending, as Python's {@code 'a'} mode; emptied at 256 MB. */
  @State(Scope.Benchmark)
  public static class Channel extends PipelineState {
    FileChannel channel;
    final AtomicLong written = new AtomicLong();

    public Channel() {
      super("filechannel", Variant.FLUSH);
    }

    @Override
    protected void start(BenchDir dir, Variant variant) {
      try {
        channel =
            FileChannel.open(
                Paths.get(dir.file("bare.log")),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected void probe(long id, String city, int ms) {
      write(line(id, city, ms).duplicate());
    }

    void write(ByteBuffer bytes) {
      try {
        // Emptied before a write, not after one: the file never ends a trial empty, which the
        // line check at tear-down would take for a benchmark that wrote nothing.
        if (written.get() > BenchDir.MAX_BYTES) {
          written.set(0);
          channel.truncate(0);
        }
        int n = POSITIONAL_APPEND ? channel.write(bytes, written.get()) : channel.write(bytes);
        written.addAndGet(n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected void stop() {
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * One thread's copy of a line as the frameworks write it, of the workload's usual length, in
   * direct memory: a channel would copy a heap buffer into a temporary direct one first.
   */
  @State(Scope.Thread)
  public static class Line {
    ByteBuffer bytes;

    @Setup
    public void setUp() {
      long id = 1_000_000L;
      ByteBuffer heap = line(id, Workload.city(id), Workload.ms(id));
      bytes = ByteBuffer.allocateDirect(heap.remaining()).put(heap);
    }
  }

  static ByteBuffer line(long id, String city, int ms) {
    String text =
        TIME.format(LocalDateTime.now())
            + " INFO bench.orders: Order " + id + " shipped to " + city + " in " + ms + " ms\n";
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The disabled call's floor: the workload's arguments and nothing else. */
  @Benchmark
  public void emptyLoop(Workload w) {
    long id = w.nextId();
    Workload.city(id);
    Workload.ms(id);
  }

  /** The flush-per-record floor: one {@code write(2)} of a finished line per call. */
  @Benchmark
  public void fileChannelWrite(Channel c, Line line) {
    ByteBuffer bytes = line.bytes;
    ((java.nio.Buffer) bytes).rewind();
    c.write(bytes);
  }
}
