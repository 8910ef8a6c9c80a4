package dev.logwright;

import dev.logwright.internal.Conversions;
import dev.logwright.internal.ReusedText;
import org.jspecify.annotations.Nullable;

/**
 * What generated typed loggers ({@code @MessageLogger}) call to render a message without boxing
 * or a varargs array: a per-thread reusable buffer, and one printf conversion per parameter type,
 * each giving exactly the text that {@link LogRecord#getMessage()} gives for the same conversion
 * and argument.
 *
 * <p>Flags are the bits of {@code internal.Conversions} ({@code -} 1, {@code +} 2, space 4,
 * {@code #} 8, {@code 0} 16); a width or precision of -1 means none. Conversion errors are thrown
 * as Python raises them; the generated code then logs the format with its arguments instead, so
 * that the handlers report the error as they would for a plain call.
 */
public final class TypedMessages {
  private TypedMessages() {}

  /**
   * Returns the calling thread's message buffer, its text empty, or a new one while the thread's
   * buffer is in use (a handler that logs from inside a typed call). Pass it to {@link
   * Logger#logMessage(int, Buffer, Throwable, int)} and give it back with {@link
   * Buffer#release()}.
   */
  public static Buffer acquire() {
    Buffer buffer = ThreadSlot.current().message();
    if (buffer.inUse) {
      return new Buffer(null);
    }
    buffer.inUse = true;
    buffer.text.setLength(0);
    return buffer;
  }

  /**
   * A message buffer lent by {@link #acquire()}: the text to render into, and its return. A
   * thread's own buffer is lent to one call at a time; giving it back needs no thread-local
   * lookup.
   */
  public static final class Buffer {
    /** The thread slot this buffer belongs to; null for a buffer lent once. */
    private final @Nullable ThreadSlot slot;
    private StringBuilder text = ReusedText.newBuffer();
    private boolean inUse;

    Buffer(@Nullable ThreadSlot slot) {
      this.slot = slot;
    }

    /** The slot of the thread this buffer was lent to. */
    ThreadSlot slot() {
      return ThreadSlot.orCurrent(slot);
    }

    /** Returns the text to render the message into; valid until {@link #release()}. */
    public StringBuilder text() {
      return text;
    }

    /** Gives the buffer back; the caller must not use it or its text afterwards. */
    public void release() {
      if (slot != null) {
        text = ReusedText.keep(text);
        inUse = false;
      }
    }
  }

  /** Appends a Java {@code long} (Python {@code int}) converted by {@code conversion}. */
  public static void append(StringBuilder out, long value, int flags, int width, int precision, char conversion) {
    Conversions.convertLong(out, value, flags, width, precision, conversion);
  }

  /** Appends a Java {@code double} (Python {@code float}) converted by {@code conversion}. */
  public static void append(StringBuilder out, double value, int flags, int width, int precision, char conversion) {
    Conversions.convertDouble(out, value, flags, width, precision, conversion);
  }

  /** Appends a Java {@code boolean} (Python {@code bool}: {@code True}, or 1 as a number). */
  public static void append(StringBuilder out, boolean value, int flags, int width, int precision, char conversion) {
    // Boolean.valueOf returns the two shared instances: nothing is allocated.
    Conversions.convert(out, Boolean.valueOf(value), flags, width, precision, conversion);
  }

  /** Appends a Java {@code char} (a Python {@code str} of length 1). */
  public static void append(StringBuilder out, char value, int flags, int width, int precision, char conversion) {
    if (conversion == 's' && flags == 0 && width < 0 && precision < 0) {
      out.append(value);
      return;
    }
    Conversions.convert(out, Character.valueOf(value), flags, width, precision, conversion);
  }

  /** Appends any other value as {@code %} converts it ({@code null} is {@code None}). */
  public static void append(
      StringBuilder out, @Nullable Object value, int flags, int width, int precision, char conversion) {
    Conversions.convert(out, value, flags, width, precision, conversion);
  }
}
