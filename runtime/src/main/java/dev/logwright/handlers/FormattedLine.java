package dev.logwright.handlers;

import dev.logwright.Formatter;
import dev.logwright.LogRecord;
import dev.logwright.internal.ReusedText;
import dev.logwright.internal.TextEncoder;
import dev.logwright.internal.ThreadScratch;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A record formatted and encoded by the thread that logs it, before that thread takes the
 * handler's lock: threads logging to one file then format at the same time and hold the lock
 * only to copy bytes. Each logging thread has one, kept with its reusable record and reused
 * record after record; a thread that logs from inside a handler while its line is in use
 * formats under the lock instead.
 *
 * <p>A line belongs to one record ({@link #isFor}) until {@link #release()}; handlers read it
 * under their lock.
 */
final class FormattedLine {
  private StringBuilder text = ReusedText.newBuffer();
  private final TextEncoder utf8 = new TextEncoder(StandardCharsets.UTF_8);
  private @Nullable TextEncoder other;
  private @Nullable LogRecord record;
  private @Nullable ByteBuffer bytes;
  private int recordLength;
  private boolean inUse;

  private FormattedLine() {}

  /**
   * Returns the line of the thread logging {@code record}, kept with the thread's reusable
   * record; {@code null} while it is in use, or when {@code record} is not the calling thread's
   * reusable record (one made by the caller, a copy, a nested call's), which the handler then
   * formats under its lock as Python does.
   */
  static @Nullable FormattedLine acquire(LogRecord record) {
    Object kept = ThreadScratch.get(record);
    FormattedLine line;
    if (kept instanceof FormattedLine) {
      line = (FormattedLine) kept;
    } else if (kept == null && ThreadScratch.has(record)) {
      line = new FormattedLine();
      ThreadScratch.put(record, line);
    } else {
      return null;
    }
    if (line.inUse) {
      return null;
    }
    line.inUse = true;
    return line;
  }

  /**
   * Formats {@code record} with {@code formatter}, appends {@code terminator} and encodes the
   * whole in {@code charset}. Returns {@code false}, keeping nothing, if formatting or encoding
   * fails: the handler then formats under its lock, where the failure is reported as Python
   * reports it.
   */
  boolean prepare(LogRecord record, Formatter formatter, String terminator, Charset charset) {
    this.record = null;
    StringBuilder sb = text;
    sb.setLength(0);
    try {
      formatter.format(record, sb);
      recordLength = sb.length();
      sb.append(terminator);
      bytes = encoder(charset).encode(sb);
    } catch (Exception e) {
      return false;
    }
    this.record = record;
    return true;
  }

  private TextEncoder encoder(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return utf8;
    }
    TextEncoder e = other;
    if (e == null || !e.charset().equals(charset)) {
      e = new TextEncoder(charset);
      other = e;
    }
    return e;
  }

  /** Returns whether this line holds {@code record}, formatted. */
  boolean isFor(LogRecord record) {
    return this.record == record;
  }

  /** Returns the encoded record and terminator, from position 0 to the limit. */
  ByteBuffer bytes() {
    ByteBuffer b = bytes;
    if (b == null) {
      throw new IllegalStateException("no record prepared");
    }
    return b;
  }

  /** Returns the length of the formatted record, without the terminator, in chars. */
  int recordLength() {
    return recordLength;
  }

  /** Returns the length of the formatted record, without the terminator, in code points. */
  int recordCodePoints() {
    return Character.codePointCount(text, 0, recordLength);
  }

  /** Gives the line back to its thread; it holds no record afterwards. */
  void release() {
    record = null;
    bytes = null;
    text = ReusedText.keep(text);
    inUse = false;
  }
}
