package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import dev.logwright.internal.TextEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Writes formatted records, each followed by the {@linkplain #setTerminator terminator}, to an
 * {@link OutputStream} and flushes after each one, as Python's {@code StreamHandler}.
 *
 * <p>Text is encoded with the handler's charset (UTF-8 unless given); a character the charset
 * cannot encode fails the record, as Python's strict encoding does. The default stream is
 * {@code System.err} as it is when the handler is made.
 */
public class StreamHandler extends Handler {
  /** Python's default terminator, a line feed. */
  public static final String DEFAULT_TERMINATOR = "\n";

  /** Reused for every record, under the handler's lock. */
  protected final StringBuilder buffer = new StringBuilder(256);

  private final TextEncoder encoder;
  private @Nullable OutputStream stream;
  private volatile String terminator = DEFAULT_TERMINATOR;

  /** A handler writing UTF-8 to {@code System.err}. */
  public StreamHandler() {
    this(null, null);
  }

  /** A handler writing UTF-8 to {@code stream}; {@code null} means {@code System.err}. */
  public StreamHandler(@Nullable OutputStream stream) {
    this(stream, null);
  }

  /**
   * A handler writing to {@code stream} ({@code null}: {@code System.err}) in {@code encoding}
   * ({@code null}: UTF-8).
   */
  public StreamHandler(@Nullable OutputStream stream, @Nullable Charset encoding) {
    this.stream = stream != null ? stream : System.err;
    this.encoder = new TextEncoder(encoding);
  }

  /** Returns the charset records are encoded in. */
  public Charset getEncoding() {
    return encoder.charset();
  }

  /** Returns the stream records go to; {@code null} while a file handler has no open file. */
  public @Nullable OutputStream getStream() {
    lock.lock();
    try {
      return stream;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sets the stream records go to, flushing the old one first, as Python's {@code setStream}.
   * Returns the old stream, or {@code null} if {@code stream} is the one already in use.
   */
  public @Nullable OutputStream setStream(OutputStream stream) {
    lock.lock();
    try {
      OutputStream old = this.stream;
      if (old == stream) {
        return null;
      }
      flush();
      this.stream = stream;
      return old;
    } finally {
      lock.unlock();
    }
  }

  /** Sets the stream without flushing the old one; for subclasses that manage the stream. */
  protected void setStreamInternal(@Nullable OutputStream stream) {
    this.stream = stream;
  }

  public String getTerminator() {
    return terminator;
  }

  /** Sets the text written after each record; {@code ""} writes records back to back. */
  public void setTerminator(String terminator) {
    if (terminator == null) {
      throw new NullPointerException("terminator == null");
    }
    this.terminator = terminator;
  }

  /** Formats {@code record}, writes it and the terminator, then flushes. */
  @Override
  public void emit(LogRecord record) {
    try {
      OutputStream out = stream;
      if (out == null) {
        return;
      }
      writeRecord(record, out);
      flush();
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  /**
   * Formats {@code record} with the terminator into the reusable buffer and writes its bytes to
   * {@code out}; returns how many bytes were written.
   */
  protected final int writeRecord(LogRecord record, OutputStream out) throws IOException {
    StringBuilder text = formatWithTerminator(record);
    return encoder.write(text, out);
  }

  /** Formats {@code record} followed by the terminator into {@link #buffer} and returns it. */
  protected final StringBuilder formatWithTerminator(LogRecord record) {
    buffer.setLength(0);
    format(record, buffer);
    buffer.append(terminator);
    return buffer;
  }

  /** Returns the reusable encoder for subclasses that write elsewhere than {@link #getStream()}. */
  protected final TextEncoder encoder() {
    return encoder;
  }

  /** Flushes the stream, as Python's {@code flush}. */
  @Override
  public void flush() {
    lock.lock();
    try {
      OutputStream out = stream;
      if (out != null) {
        out.flush();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns Python's representation, {@code <StreamHandler <stderr> (NOTSET)>}: the stream is
   * named only when it is {@code System.err} or {@code System.out}, the streams Python names.
   */
  @Override
  public String toString() {
    OutputStream out = stream;
    String name = out == null ? "" : out == System.err ? "<stderr> " : out == System.out ? "<stdout> " : "";
    return "<" + getClass().getSimpleName() + " " + name + "(" + dev.logwright.Level.getLevelName(getLevel()) + ")>";
  }
}
