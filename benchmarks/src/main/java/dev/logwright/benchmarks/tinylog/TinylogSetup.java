package dev.logwright.benchmarks.tinylog;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import org.tinylog.Logger;
import org.tinylog.TaggedLogger;
import org.tinylog.provider.ProviderRegistry;

/**
 * tinylog 2 configured from {@code bench/tinylog/<variant>.properties}: its {@code rolling file}
 * writer with a 256 MB size policy and 3 backups. The logger name is a tag, printed by {@code
 * {tag}}. tinylog numbers its files ({@code tinylog.0.log}, {@code tinylog.1.log}, …) instead of
 * renaming them at each rollover; with rollovers every 256 MB the difference does not show.
 * "Flush per record" is tinylog's unbuffered writer, which writes each record through to the
 * file. tinylog has no async hand-off of the kind compared here.
 */
public final class TinylogSetup {
  private TinylogSetup() {}

  /** Configures tinylog; must run before anything else in the JVM touches tinylog. */
  public static TaggedLogger start(BenchDir dir, Variant variant) {
    if (variant == Variant.ASYNC) {
      throw new IllegalArgumentException("tinylog is not measured async");
    }
    System.setProperty("bench.dir", dir.path().toString());
    System.setProperty("tinylog.configuration", "bench/tinylog/" + variant.id() + ".properties");
    return Logger.tag(BenchDir.LOGGER);
  }

  /** Flushes and closes the file. */
  public static void stop() {
    try {
      ProviderRegistry.getLoggingProvider().shutdown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tinylog shut down", e);
    }
  }
}
