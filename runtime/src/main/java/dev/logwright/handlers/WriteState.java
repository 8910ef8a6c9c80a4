package dev.logwright.handlers;

import dev.logwright.LogRecord;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The fields a stream or file handler changes for every record while it holds its lock, kept in
 * an object of their own. Every logging thread reads the handler's other fields (level,
 * formatter, filters) before it takes the lock; were these writes in the same object, they
 * would share its cache lines and take them away from every other core at each record, a cache
 * miss per record as soon as two threads log through one handler. Read and written only under
 * the handler's lock.
 */
final class WriteState {
  /** The current record's text, formatted before the lock was taken. */
  @Nullable FormattedLine prepared;
  /** The record whose text a file handler's rollover check left in the handler's buffer. */
  @Nullable LogRecord preformatted;
  /**
   * A file handler's count of the bytes in its file: the file's size when it was opened plus
   * what the handler has written to it since, not counting what waits in its buffer.
   */
  long written;
  /** Whether the emit under way may hand a full buffer off: true inside {@link StreamHandler#handle}. */
  boolean mayHandOff;
  /** A full buffer that the emit under way handed off, to be written after the lock is released. */
  @Nullable ByteBuffer handedOff;
}
