package dev.logwright.annotations;

/**
 * What a bounded {@link ToQueue} (one with a {@code capacity}) does with a record when every
 * slot of its ring buffer is taken; the runtime's {@code RecordRingBuffer.WhenFull}.
 */
public enum WhenFull {
  /**
   * The logging call waits until the listener frees a slot (back-pressure), so no record is
   * lost. It refuses and reports the record instead of waiting only where waiting could never
   * end: no listener running (before start, while stopping), the listener's own thread logging
   * into its queue, or an interrupted caller (whose interrupt status stays set).
   */
  WAIT,
  /**
   * The record is refused at once, reported through {@code handleError} ("Queue full") and
   * counted; the logging call never waits, as Python's {@code QueueHandler} ({@code put_nowait}).
   */
  DROP
}
