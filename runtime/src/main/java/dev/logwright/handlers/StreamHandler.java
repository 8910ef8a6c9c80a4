package dev.logwright.handlers;

import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.LogRecord;
import dev.logwright.internal.Flusher;
import dev.logwright.internal.SpinWait;
import dev.logwright.internal.TextEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Writes formatted records, each followed by the {@linkplain #setTerminator terminator}, to an
 * {@link OutputStream} and flushes after each one, as Python's {@code StreamHandler}.
 *
 * <p>Text is encoded with the handler's charset (UTF-8 unless given); a character the charset
 * cannot encode fails the record, as Python's strict encoding does. The default stream is
 * {@code System.err} as it is when the handler is made.
 *
 * <p><b>Buffered mode.</b> Flushing after each record is Python's behaviour and the default: a
 * record is with the operating system when the logging call returns, so it survives a crash of
 * the program. {@link #setBuffering(int, long)} trades that for throughput: encoded records
 * collect in a buffer of the given size and reach the stream (or file) in one write when the
 * next record would not fit, on {@link #flush()}, on {@link #close()}, before a file handler
 * closes or rolls its file over, when buffering is turned off, and at the latest {@code
 * maxDelayMillis} after they were logged (a background daemon thread flushes buffered handlers
 * periodically). A normal JVM exit flushes too (a shutdown hook), but a crash, {@code kill -9}
 * or power loss loses what was still buffered: at most {@code bufferSize} bytes (twice that
 * while a file handler's full buffer is being written), logged within the last {@code
 * maxDelayMillis}. A record larger than the buffer is written directly, after
 * what was buffered. A failed write of buffered bytes is reported through {@link #handleError}
 * and those bytes are dropped. The file handlers of this package keep a second buffer of the
 * same size: the thread that fills a buffer writes it after releasing the handler's lock, while
 * other threads log into the second one, so that no thread waits on the lock for a large write.
 *
 * <p><b>Formatting before the lock.</b> Python formats a record inside {@code emit}, under the
 * handler's lock. This class and the file handlers of this package instead format and encode
 * the record on the logging thread before {@link #handle} takes the lock, and hold the lock only
 * to write the bytes, so that threads logging to one handler format in parallel. They do so only
 * for a record logged through a logger on the calling thread (its per-thread text is kept with
 * the thread's reusable record), when the formatter says it is {@linkplain Formatter#isThreadSafe()
 * thread-safe} (the library's own formatters are) and the handler is an instance of the library's
 * class itself, not of a subclass, which may rely on Python's order; otherwise everything happens
 * under the lock as in Python. The output is the same either way.
 *
 * <p><b>Appending without the lock.</b> In buffered mode, {@link FileHandler} and {@link
 * RotatingFileHandler} go one step further for such a record: when it fits in the buffer and
 * cannot make a rotating file roll over, the logging thread claims its place in the buffer with
 * one atomic operation and copies it there without taking the lock at all, so that threads
 * logging to one file do not pass the lock between processors at every record. Records land in
 * the order of their claims: one logged after another thread's call returned comes after it,
 * as under the lock. Everything else (a full buffer, a rollover, a flush, closing) goes through
 * the lock, which first waits for the claimed copies to finish.
 */
public class StreamHandler extends Handler {
  /** Python's default terminator, a line feed. */
  public static final String DEFAULT_TERMINATOR = "\n";

  /** Reused for every record, under the handler's lock. */
  protected final StringBuilder buffer = new StringBuilder(256);

  private final TextEncoder encoder;
  private @Nullable OutputStream stream;
  private volatile String terminator = DEFAULT_TERMINATOR;
  /** Encoded records not yet written; null while every record is flushed at once. */
  private @Nullable ByteBuffer pending;
  /**
   * The second buffer of a file handler's buffered mode, which records go to while a full one is
   * written outside the handler's lock; null while that write is under way, and when the handler
   * has one buffer. Read and written with {@link #writeLock} held.
   */
  private @Nullable ByteBuffer spare;
  /** Whether buffered mode has a {@link #spare} buffer to hand full ones off with. */
  private boolean handsOffFullBuffers;
  /**
   * Held while buffered bytes are written, which may be after the handler's lock is released
   * (see {@link #handle}): every other write of buffered bytes, and so closing the file, waits
   * for that write. Taken with {@link #lock} held, or by the thread that handed a buffer off.
   */
  private final ReentrantLock writeLock = new ReentrantLock();
  private long maxDelayMillis;
  private Flusher.@Nullable Registration flusher;
  /**
   * Whether this is exactly one of this package's classes, not a subclass made elsewhere: then
   * {@link #handle} may format before taking the lock, and a file handler may hand full buffers
   * off.
   */
  private boolean exactLibraryClass;
  /**
   * Where threads append lines without the lock, in a file handler's buffered mode (see {@link
   * BufferClaims}); null otherwise. Replaced only with the lock held, after settling the old one.
   */
  private volatile @Nullable BufferClaims claims;
  /** Changed at every record, under the lock; apart from the fields read before the lock. */
  final WriteState perRecord = new WriteState();

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
    markExactLibraryClass(StreamHandler.class);
  }

  /**
   * Notes whether this handler is exactly an instance of {@code ownClass}, a class of this
   * package whose {@code emit} writes what {@link #writeRecord} (or {@link FileHandler}'s file
   * writing) gives it and whose {@code writeBytes} takes any buffer. Each such class calls this
   * from its constructor; a subclass made elsewhere keeps Python's order and one buffer.
   */
  final void markExactLibraryClass(Class<? extends StreamHandler> ownClass) {
    exactLibraryClass = getClass() == ownClass;
  }

  /**
   * Whether buffered mode may hand a full buffer to {@link #writeFullBuffer}, to be written
   * outside the handler's lock (see {@link #handOff}). File handlers override it.
   */
  boolean writesHandedOffBuffers() {
    return false;
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

  /**
   * Filters {@code record} and emits it under the lock, as {@link Handler#handle}; when the
   * formatter is thread-safe and this is the library's own class, formats and encodes the record
   * first, outside the lock (see the class comment).
   */
  @Override
  public boolean handle(LogRecord record) {
    Formatter formatter = effectiveFormatter();
    if (!exactLibraryClass || !formatter.isThreadSafe()) {
      return super.handle(record);
    }
    if (!filter(record)) {
      return false;
    }
    FormattedLine line = FormattedLine.acquire(record);
    if (line != null && !line.prepare(record, formatter, terminator, encoder.charset())) {
      line.release(); // emit formats again under the lock and reports the failure there
      line = null;
    }
    BufferClaims c = claims;
    if (line != null && c != null && c.tryAppend(line.bytes(), line.recordLength())) {
      line.release();
      return true;
    }
    if (!lock.tryLock()) {
      // Held only to write the bytes: worth a moment's wait before parking.
      SpinWait.lock(lock);
    }
    settleClaims();
    FormattedLine outer = perRecord.prepared;
    boolean outerMayHandOff = perRecord.mayHandOff;
    perRecord.prepared = line;
    perRecord.mayHandOff = true;
    ByteBuffer full;
    try {
      emit(record);
    } catch (RuntimeException e) {
      handleError(record, e);
    } finally {
      perRecord.prepared = outer;
      perRecord.mayHandOff = outerMayHandOff;
      // A buffer this emit filled and handed off: written below, once other threads may log.
      full = perRecord.handedOff;
      perRecord.handedOff = null;
      if (line != null) {
        // Only where claims can follow: a thread without a prepared line (a queue's listener,
        // a caller's own record) would open the window at every record, for nobody.
        openClaims();
      }
      lock.unlock();
      if (line != null) {
        line.release();
      }
    }
    if (full != null) {
      writeHandedOff(record, full);
    }
    return true;
  }

  /**
   * Lets the next lines be claimed in the buffer without the lock, if the handler has claims and
   * {@link #claimBudget} allows. Call with the lock held.
   */
  private void openClaims() {
    BufferClaims c = claims;
    ByteBuffer p = pending;
    if (c == null || p == null) {
      return;
    }
    long budget = claimBudget();
    if (budget > 0) {
      c.open(p, budget);
    }
  }

  /** Settles the claims made without the lock, so that the buffer's position counts them. */
  private void settleClaims() {
    BufferClaims c = claims;
    if (c != null) {
      c.settle();
    }
  }

  /**
   * Returns how far, counted from the start of what is buffered, a line claimed without the lock
   * may reach: its offset plus its length in chars plus one must stay below this. 0 or less: no
   * line may be claimed now, and every record goes through {@link #emit}. File handlers whose
   * {@code emit} adds nothing per record that claiming would skip override it. Call with the
   * lock held.
   */
  long claimBudget() {
    return 0;
  }

  /**
   * Writes {@code full}, the buffer {@link #handOff} took out of use, then makes it the spare
   * buffer and releases the write lock the hand-off took. A failure is reported for {@code
   * record}, whose record filled the buffer, and the bytes are dropped, as a failed write of
   * buffered bytes always is.
   */
  private void writeHandedOff(LogRecord record, ByteBuffer full) {
    try {
      writeAndReturn(full);
    } catch (IOException | RuntimeException e) {
      handleError(record, e); // after the unlock: handleError may log to this handler
    }
  }

  /**
   * Writes a handed-off buffer, then, whatever the outcome, empties it, makes it the spare and
   * releases the write lock its hand-off took.
   */
  private void writeAndReturn(ByteBuffer full) throws IOException {
    try {
      writeFullBuffer(full);
    } finally {
      ((Buffer) full).clear();
      spare = full;
      writeLock.unlock();
    }
  }

  /**
   * Takes the full buffer out of use for the calling thread to write after it releases the
   * handler's lock ({@link #handle}), and continues with the spare one. Waits first for a buffer
   * handed off before to be written: that one is the spare. Call with the lock held.
   */
  private void handOff(ByteBuffer full) {
    writeLock.lock(); // released by writeHandedOff, or by writePending in a nested call
    ((Buffer) full).flip();
    pending = spare;
    spare = null;
    perRecord.handedOff = full;
    countHandedOff(full.remaining());
  }

  /**
   * Counts {@code n} bytes as written to the file before they are (they are in a buffer handed
   * off, see {@link #handOff}). File handlers override it.
   */
  void countHandedOff(int n) {}

  /**
   * Writes a full buffer handed off by {@link #handOff}, with the write lock held and the
   * handler's lock perhaps not: reads no state that a holder of the handler's lock may change
   * without the write lock. File handlers override it.
   */
  void writeFullBuffer(ByteBuffer full) throws IOException {
    writeBytes(full);
  }

  /** Returns the line {@link #handle} formatted for {@code record}, if any. Call with the lock held. */
  final @Nullable FormattedLine preparedLine(LogRecord record) {
    FormattedLine line = perRecord.prepared;
    return line != null && line.isFor(record) ? line : null;
  }

  /**
   * Formats {@code record}, writes it and the terminator, then flushes; in buffered mode the
   * bytes wait in the buffer instead (see the class comment).
   */
  @Override
  public void emit(LogRecord record) {
    try {
      OutputStream out = stream;
      if (out == null) {
        return;
      }
      writeRecord(record);
      if (pending == null) {
        flush();
      }
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  /**
   * Formats {@code record} with the terminator into the reusable buffer and writes its bytes
   * (or, in buffered mode, buffers them); returns how many bytes that adds to the output.
   */
  protected final int writeRecord(LogRecord record) throws IOException {
    FormattedLine line = preparedLine(record);
    return line != null ? writeOut(line.bytes()) : writeEncoded(formatWithTerminator(record));
  }

  /**
   * Encodes {@code text} and writes the bytes as {@link #writeRecord} writes a record's (to
   * {@link #writeBytes}, or into the buffer in buffered mode); returns their number. Call with
   * the lock held.
   */
  protected final int writeEncoded(CharSequence text) throws IOException {
    return writeOut(encoder.encode(text));
  }

  /**
   * Passes {@code bytes} to {@link #writeBytes}, or in buffered mode adds them to the buffer,
   * writing the buffer first when they do not fit. Returns the number of bytes. Call with the
   * lock held.
   */
  final int writeOut(ByteBuffer bytes) throws IOException {
    int n = bytes.remaining();
    settleClaims();
    ByteBuffer p = pending;
    if (p == null) {
      writeBytes(bytes);
      return n;
    }
    if (n >= p.capacity()) {
      // Written now, after what is buffered; writePending waits for a write under way, and no
      // other can start while this thread holds the lock.
      writePending();
      writeBytes(bytes);
      return n;
    }
    if (n > p.remaining()) {
      // Not while this thread holds the write lock: then it has a buffer handed off and not yet
      // written, or is inside writePending, and a second hand-off would pass it.
      if (perRecord.mayHandOff && handsOffFullBuffers && !writeLock.isHeldByCurrentThread()) {
        handOff(p);
        p = pending;
      } else {
        writePending();
      }
    }
    p.put(bytes);
    return n;
  }

  /**
   * Writes all of {@code bytes} to the destination, without flushing: here the stream;
   * file handlers write to their file. Call with the lock held.
   */
  protected void writeBytes(ByteBuffer bytes) throws IOException {
    OutputStream out = stream;
    if (out == null) {
      throw new IOException("no stream to write to");
    }
    out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    ((Buffer) bytes).position(bytes.limit());
  }

  /**
   * Writes what the buffer holds with {@link #writeBytes} and empties it; if the write fails the
   * bytes are dropped (and the failure thrown), so that a broken destination does not keep
   * failing on the same bytes. Does nothing unbuffered or when empty. Call with the lock held.
   */
  protected final void writePending() throws IOException {
    ByteBuffer p = pending;
    if (p == null) {
      return;
    }
    settleClaims();
    writeLock.lock(); // waits for a buffer another thread handed off and is writing
    try {
      ByteBuffer full = perRecord.handedOff;
      if (full != null) {
        // Handed off by this thread, in an emit that has not returned yet: older records, first.
        perRecord.handedOff = null;
        writeAndReturn(full);
      }
      if (p.position() == 0) {
        return;
      }
      ((Buffer) p).flip();
      try {
        writeBytes(p);
      } finally {
        ((Buffer) p).clear();
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** Returns how many bytes wait in the buffer; 0 when not buffered. Call with the lock held. */
  protected final int pendingBytes() {
    ByteBuffer p = pending;
    if (p == null) {
      return 0;
    }
    settleClaims();
    return p.position();
  }

  /**
   * Buffers records instead of flushing each one (see the class comment): up to {@code
   * bufferSize} bytes, each record written out at the latest {@code maxDelayMillis} after it was
   * logged. {@code bufferSize} 0 turns buffering off (Python's behaviour, the default), writing
   * what was buffered.
   *
   * @throws IllegalArgumentException if {@code bufferSize < 0}, or if {@code bufferSize > 0} and
   *     {@code maxDelayMillis <= 0}
   */
  public void setBuffering(int bufferSize, long maxDelayMillis) {
    if (bufferSize < 0) {
      throw new IllegalArgumentException("bufferSize < 0: " + bufferSize + " (use 0 to flush every record)");
    }
    if (bufferSize > 0 && maxDelayMillis <= 0) {
      throw new IllegalArgumentException("maxDelayMillis <= 0: " + maxDelayMillis
          + " (buffered records need a bound on how long they may wait)");
    }
    lock.lock();
    try {
      flush();
      settleClaims(); // flush settles them only while there is a stream
      Flusher.Registration old = flusher;
      flusher = null;
      if (old != null) {
        old.cancel();
      }
      // A file handler has two buffers: one is written outside the lock while records fill the
      // other. Threads claim room in them without the lock (BufferClaims), up to the size a
      // claim can address.
      handsOffFullBuffers = bufferSize > 0 && exactLibraryClass && writesHandedOffBuffers();
      pending = bufferSize == 0 ? null : ByteBuffer.allocate(bufferSize);
      spare = handsOffFullBuffers ? ByteBuffer.allocate(bufferSize) : null;
      claims = handsOffFullBuffers && bufferSize <= BufferClaims.MAX_CAPACITY ? new BufferClaims() : null;
      this.maxDelayMillis = bufferSize == 0 ? 0 : maxDelayMillis;
      if (bufferSize > 0) {
        flusher = Flusher.register(new BackgroundFlush(), maxDelayMillis);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Returns the buffer size of {@link #setBuffering}; 0 (the default) when every record is flushed. */
  public int getBufferSize() {
    ByteBuffer p = pending;
    return p == null ? 0 : p.capacity();
  }

  /** Returns how long a record may wait in the buffer, in milliseconds; 0 when not buffered. */
  public long getMaxDelayMillis() {
    return maxDelayMillis;
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

  /** Writes what is buffered, then flushes the stream, as Python's {@code flush}. */
  @Override
  public void flush() {
    lock.lock();
    try {
      OutputStream out = stream;
      if (out != null) {
        writePending();
        out.flush();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Writes what is buffered and stops the background flush, then closes the handler. The
   * stream itself is left open (Python does not close it either).
   */
  @Override
  public void close() {
    lock.lock();
    try {
      Flusher.Registration f = flusher;
      flusher = null;
      if (f != null) {
        f.cancel();
      }
      if (stream != null && pendingBytes() > 0) {
        flush();
      }
    } finally {
      try {
        super.close();
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * The periodic flush of buffered mode. It has no record to blame a failure on, so it reports
   * one that names the handler.
   */
  private final class BackgroundFlush implements java.io.Flushable {
    @Override
    public void flush() {
      try {
        StreamHandler.this.flush();
      } catch (RuntimeException e) {
        LogRecord blame = new LogRecord();
        blame.init("", dev.logwright.Level.ERROR, "background flush of " + StreamHandler.this, null, null,
            dev.logwright.internal.Clocks.epochNanos());
        handleError(blame, e);
      }
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
