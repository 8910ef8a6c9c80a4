package dev.logwright.internal;

/**
 * The policy of the per-thread text buffers (typed messages, fluent calls, formatted lines): a
 * buffer is reused call after call, but one that a rare long record grew past {@link
 * #MAX_KEPT_CAPACITY} is dropped rather than kept for the thread's lifetime.
 */
public final class ReusedText {
  /** The largest capacity a reused buffer keeps. */
  public static final int MAX_KEPT_CAPACITY = 8192;

  private ReusedText() {}

  /** Returns a new buffer for later calls. */
  public static StringBuilder newBuffer() {
    return new StringBuilder(256);
  }

  /** Returns {@code text} to reuse, or a new buffer when {@code text} grew too large to keep. */
  public static StringBuilder keep(StringBuilder text) {
    return text.capacity() > MAX_KEPT_CAPACITY ? newBuffer() : text;
  }
}
