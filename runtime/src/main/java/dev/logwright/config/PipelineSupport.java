package dev.logwright.config;

import dev.logwright.Handler;
import dev.logwright.handlers.QueueListener;
import org.jspecify.annotations.Nullable;

/**
 * What a generated pipeline's {@code close()} does for each of its parts: stop or close it, keep
 * going whatever happens, and remember the first failure (later ones are added to it as
 * suppressed), so that one failing handler leaves none of the others open.
 */
public final class PipelineSupport {
  private PipelineSupport() {}

  /**
   * Closes {@code handler} (nothing when {@code null}: it was never built); returns {@code first},
   * or the failure of the close when there was none before.
   */
  public static @Nullable RuntimeException close(@Nullable RuntimeException first, @Nullable Handler handler) {
    if (handler == null) {
      return first;
    }
    try {
      handler.close();
      return first;
    } catch (RuntimeException e) {
      return keep(first, e);
    }
  }

  /**
   * Stops {@code listener}, which drains its queue (nothing when {@code null}: it was never
   * built); returns {@code first}, or the failure of the stop when there was none before.
   */
  public static @Nullable RuntimeException stop(@Nullable RuntimeException first, @Nullable QueueListener listener) {
    if (listener == null) {
      return first;
    }
    try {
      listener.stop();
      return first;
    } catch (RuntimeException e) {
      return keep(first, e);
    }
  }

  private static RuntimeException keep(@Nullable RuntimeException first, RuntimeException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
