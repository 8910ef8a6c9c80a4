package dev.logwright.handlers;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jspecify.annotations.Nullable;

/**
 * Writes formatted records to a file, as Python's {@code logging.FileHandler}.
 *
 * <p>The file is named by {@code filename}, kept as an absolute path ({@link #getBaseFilename()})
 * so that a later change of working directory does not matter. {@code mode} is Python's: {@code
 * "a"} (the default) appends, {@code "w"} truncates, {@code "x"} requires that the file not
 * exist; {@code b}, {@code t} and {@code +} may be added and change nothing here. {@code
 * encoding} defaults to UTF-8; a character it cannot encode fails that record, as Python's
 * default {@code errors='strict'} does (the {@code errors} parameter is not offered). With {@code
 * delay} the file is opened by the first record instead of the constructor, so a handler that
 * never logs never creates its file.
 *
 * <p>Each record is written with one {@code write} call straight to the file, so nothing waits in
 * a buffer and {@link #flush()} has nothing to do, unless {@linkplain #setBuffering buffered
 * mode} is on: then records collect in the handler's buffer and reach the file when it fills,
 * on {@code flush()}, before the file is closed (so a rollover or a reopen never leaves records
 * behind), and within the mode's time bound. A record emitted after {@link #close()} opens
 * the file again, except in a {@code w} mode, where reopening would erase what was written
 * (bpo-42378). A failure to open or write is reported through {@link #handleError} and the next
 * record tries again, so the handler recovers once the cause (a missing directory, a full disk)
 * goes away. A thread that logs while its interrupt status is set writes as any other thread
 * does, and keeps its status.
 *
 * <p>The file is opened as a {@link FileOutputStream}: one {@code write(2)} per record, or per
 * buffer in buffered mode. A handler that keeps writing records one by one takes the stream's
 * channel after its first thousand, for a cheaper write per record.
 *
 * <p>Subclasses manage the file through {@link #openStream()}, {@link #closeStream()}, {@link
 * #isStreamOpen()} and {@link #streamPosition()}, the counterparts of CPython's {@code _open()},
 * {@code stream.close()}, {@code stream is not None} and {@code stream.tell()}.
 */
public class FileHandler extends StreamHandler {
  /**
   * The largest write that may go through the channel and {@link #staging}: a line of a log,
   * not a buffer of them.
   */
  private static final int LINE_WRITE_MAX = 8192;
  /**
   * How many line writes a handler makes through its file's stream before it takes the file's
   * channel for the rest. A channel write costs some 80 ns less a line (its native code calls
   * back into the JVM less often); but the JVM's first channel costs milliseconds (two dozen
   * classes outside the JDK's class-data archive and two native libraries), which a program that
   * logs a few lines as it starts would pay for nothing.
   */
  static final int STREAM_LINE_WRITES = 1024;
  /**
   * Whether a positional write to a file opened for appending goes to the file's end whatever
   * the position, as on Linux (pwrite(2), BUGS). There it is the cheaper call: the kernel takes
   * no lock on the file's offset, nor the JDK its position lock, and other processes appending
   * to the same file lose nothing. POSIX leaves the position in force elsewhere, so other
   * systems write as Python does, with {@code write(2)}; so do pipes and devices, which refuse
   * a position.
   */
  private static final boolean APPEND_IGNORES_POSITION =
      System.getProperty("os.name", "").startsWith("Linux");

  private final String baseFilename;
  private final Path path;
  private final FileMode mode;
  private final boolean delay;

  private @Nullable FileOutputStream file;
  /** The descriptor of {@link #file}, invalid once something closes it. */
  private @Nullable FileDescriptor fileDescriptor;
  /** The channel of {@link #file}, taken after {@link #STREAM_LINE_WRITES} line writes. */
  private @Nullable FileChannel channel;
  /** Whether {@link #file} was opened for appending (not always {@link #mode}: see writeToFile). */
  private boolean appending;
  /**
   * Whether {@link #channel} writes positionally: {@link #APPEND_IGNORES_POSITION}, a file opened
   * for appending, and a regular file.
   */
  private boolean positionalWrites;
  /** Lines written through the stream, up to {@link #STREAM_LINE_WRITES}, across reopens. */
  private int streamLineWrites;
  /** Direct memory a line goes through to the channel; made with the first channel. */
  private @Nullable ByteBuffer staging;

  /** A handler appending UTF-8 text to {@code filename}, opened now. */
  public FileHandler(String filename) {
    this(filename, "a", null, false);
  }

  /** A handler writing UTF-8 text to {@code filename} opened now in {@code mode}. */
  public FileHandler(String filename, String mode) {
    this(filename, mode, null, false);
  }

  /** A handler writing to {@code filename} in {@code mode} and {@code encoding} (null: UTF-8). */
  public FileHandler(String filename, String mode, @Nullable Charset encoding) {
    this(filename, mode, encoding, false);
  }

  /**
   * A handler writing to {@code filename} in {@code mode} and {@code encoding} (null: UTF-8),
   * opening the file now or, with {@code delay}, when the first record comes.
   *
   * @throws IllegalArgumentException if {@code filename} is empty or {@code mode} is not one of
   *     the allowed modes
   * @throws UncheckedIOException if the file cannot be opened (not when {@code delay})
   */
  public FileHandler(String filename, String mode, @Nullable Charset encoding, boolean delay) {
    super(null, encoding);
    this.path = absolutePath(filename);
    this.baseFilename = path.toString();
    this.mode = FileMode.parse(mode);
    this.delay = delay;
    setStreamInternal(null);
    markExactLibraryClass(FileHandler.class);
    if (!delay) {
      try {
        openStream();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + baseFilename + " in mode '" + mode + "'", e);
      }
    }
  }

  private static Path absolutePath(String filename) {
    if (filename == null) {
      throw new NullPointerException("filename == null");
    }
    if (filename.isEmpty()) {
      throw new IllegalArgumentException("filename is empty: name the log file");
    }
    return Paths.get(filename).toAbsolutePath().normalize();
  }

  /** Returns the absolute path of the file, as CPython's {@code baseFilename}. */
  public final String getBaseFilename() {
    return baseFilename;
  }

  /** Returns the file as a {@link Path}. */
  protected final Path getPath() {
    return path;
  }

  /** Returns the mode the file is opened with, as given to the constructor. */
  public final String getMode() {
    return mode.toString();
  }

  /** Returns whether opening the file waits for the first record. */
  public final boolean isDelay() {
    return delay;
  }

  /**
   * Opens the file with the handler's mode and makes it the stream records go to, closing the
   * one open before, if any. CPython's {@code self.stream = self._open()}. Call with the lock
   * held.
   */
  protected void openStream() throws IOException {
    if (file != null) {
      closeStream();
    }
    open(mode);
  }

  private void open(FileMode openMode) throws IOException {
    // java.io, not FileChannel.open: the channel comes later, if at all (STREAM_LINE_WRITES).
    if (openMode.exclusive()) {
      Files.createFile(path); // O_EXCL: a FileAlreadyExistsException if the file exists
    }
    File name = new File(baseFilename);
    FileOutputStream opened = new FileOutputStream(name, openMode.appends());
    // The one position query per open, as FileChannel.position() answers for an appending
    // stream (the size; 0 for a pipe); after that the handler counts what it writes.
    perRecord.written = openMode.appends() ? name.length() : 0;
    appending = openMode.appends();
    file = opened;
    fileDescriptor = opened.getFD();
    channel = null;
    setStreamInternal(opened);
  }

  /**
   * Closes the file, leaving the handler open: the next record (or {@link #openStream()}) opens
   * it again. CPython's {@code self.stream.close(); self.stream = None}. Call with the lock held.
   */
  protected void closeStream() throws IOException {
    FileOutputStream open = file;
    try {
      if (open != null) {
        writePending(); // what was buffered belongs to this file, before any rollover
      }
    } finally {
      file = null;
      fileDescriptor = null;
      channel = null;
      setStreamInternal(null);
      if (open != null) {
        open.close();
      }
    }
  }

  /** Returns whether the file is open, CPython's {@code self.stream is not None}. */
  protected final boolean isStreamOpen() {
    return file != null;
  }

  /**
   * Returns the byte offset the next record is written at, CPython's {@code self.stream.tell()}:
   * the file's size when it was opened (0 in {@code w} modes) plus what this handler has written
   * since. Writes by other processes to the same file are not seen until it is reopened; CPython
   * asks the operating system instead, which costs a system call per record.
   *
   * @throws IllegalStateException if the file is not open
   */
  protected final long streamPosition() {
    if (file == null) {
      throw new IllegalStateException("the file is not open: " + baseFilename);
    }
    return perRecord.written + pendingBytes();
  }

  /**
   * Setting another stream is not supported: a file handler writes to its file. Use a {@link
   * StreamHandler} to write to a stream.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public @Nullable OutputStream setStream(OutputStream stream) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " writes to " + baseFilename + "; use a StreamHandler for a stream");
  }

  /** Opens the file if needed, then writes the formatted record and the terminator to it. */
  @Override
  public void emit(LogRecord record) {
    try {
      perRecord.preformatted = null;
      writeToFile(record);
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  /**
   * Writes {@code record} as CPython's {@code FileHandler.emit} does, without catching: opens the
   * file if it is not open (unless the handler was closed and its mode truncates), formats the
   * record (reusing the text {@link #formattedLineLength} made, if it was for this record) and
   * writes it with the terminator. Call with the lock held.
   */
  protected final void writeToFile(LogRecord record) throws IOException {
    LogRecord formatted = perRecord.preformatted;
    perRecord.preformatted = null;
    if (file == null) {
      if (mode.truncates() && isClosed()) {
        return; // bpo-42378: reopening in 'w' after close would erase the file.
      }
      openStream();
    } else if (!isFileOpen()) {
      // Closed behind the handler's back (by an interrupt during a write through the stream's
      // channel, say): open it again, appending whatever the mode, since truncating would erase
      // the log; what is buffered is kept.
      open(FileMode.APPEND);
    }
    if (formatted == record) {
      // preformat leaves its text in the buffer only when no line was formatted before the lock
      writeEncoded(buffer.append(getTerminator()));
    } else {
      writeRecord(record);
    }
  }

  @Override
  boolean writesHandedOffBuffers() {
    return true;
  }

  /**
   * Lines may be claimed in the buffer while the file is open, with no limit: {@link #emit}
   * does nothing per record but write it there.
   */
  @Override
  long claimBudget() {
    return isFileOpen() ? Long.MAX_VALUE : 0;
  }

  /**
   * Whether the file is open, and its descriptor not closed behind the handler's back, so that
   * lines written or claimed reach it. Call with the lock held.
   */
  final boolean isFileOpen() {
    FileDescriptor open = fileDescriptor;
    return open != null && open.valid();
  }

  /**
   * Writes {@code bytes} to the open file, counting them as written once the write returns: a
   * failed write leaves the count where it was. A line goes through the file's channel once the
   * handler has written {@link #STREAM_LINE_WRITES} lines, and so does a buffer without an
   * array; the rest through its stream. Call with the lock held.
   */
  @Override
  protected void writeBytes(ByteBuffer bytes) throws IOException {
    FileOutputStream out = openFile();
    int size = bytes.remaining();
    if (!bytes.hasArray()) {
      writeToChannel(lineChannel(out), bytes);
    } else if (isChannelLine(size)) {
      writeToChannel(lineChannel(out), staged(bytes));
    } else {
      writeToStream(out, bytes);
    }
    perRecord.written += size;
  }

  /**
   * Whether a write of {@code size} bytes from an array goes through the channel: a line, once
   * {@link #STREAM_LINE_WRITES} lines went through the stream. Counts the lines until then.
   */
  private boolean isChannelLine(int size) {
    if (size > LINE_WRITE_MAX) {
      return false;
    }
    if (channel == null && streamLineWrites < STREAM_LINE_WRITES) {
      streamLineWrites++;
      return false;
    }
    return true;
  }

  private FileOutputStream openFile() throws IOException {
    FileOutputStream out = file;
    if (out == null) {
      throw new IOException("the file is not open: " + baseFilename);
    }
    return out;
  }

  private static void writeToStream(FileOutputStream out, ByteBuffer bytes) throws IOException {
    out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    ((Buffer) bytes).position(bytes.limit());
  }

  /** Returns the channel of {@code out}, the open file, taking it at the first call since the open. */
  private FileChannel lineChannel(FileOutputStream out) {
    FileChannel c = channel;
    if (c == null) {
      c = out.getChannel(); // shares the stream's descriptor and file offset
      positionalWrites = APPEND_IGNORES_POSITION && appending && Files.isRegularFile(path);
      streamLineWrites = STREAM_LINE_WRITES; // a file opened later takes its channel at once
      channel = c;
    }
    return c;
  }

  /**
   * Writes all of {@code bytes} to {@code out}, at the file's end by a positional write where
   * {@link #positionalWrites}. A {@code FileChannel} is interruptible: an operation by a thread
   * whose interrupt status is set closes the channel, and with it the file, for every thread. A
   * thread that logs while interrupted, as a cancelled task may, must neither lose its record
   * nor end the log, so the status is set aside meanwhile and restored afterwards.
   */
  private void writeToChannel(FileChannel out, ByteBuffer bytes) throws IOException {
    boolean interrupted = Thread.interrupted();
    try {
      long at = perRecord.written;
      while (bytes.hasRemaining()) {
        at += positionalWrites ? out.write(bytes, at) : out.write(bytes);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Copies {@code bytes}, a line, into the handler's direct buffer. A channel writes a heap
   * buffer through a temporary direct one that it takes from, and gives back to, a per-thread
   * cache: copying here costs the same copy without that cache's two thread-local lookups.
   */
  private ByteBuffer staged(ByteBuffer bytes) {
    ByteBuffer s = staging;
    if (s == null) {
      s = ByteBuffer.allocateDirect(LINE_WRITE_MAX);
      staging = s;
    }
    ((Buffer) s).clear();
    s.put(bytes);
    ((Buffer) s).flip();
    return s;
  }

  // Counted when handed off, so that the rollover check sees them at once; a failed write of
  // them leaves the count high, and a rollover comes that much early.
  @Override
  void countHandedOff(int n) {
    perRecord.written += n;
  }

  // The file stays open meanwhile: closing it goes through writePending, which waits for the
  // write lock this write holds. The bytes were counted when handed off. Writes reach the file
  // in the order the bytes were counted: each takes the write lock, which the hand-off took
  // with the handler's lock held. Through the stream, since the handler's lock is not held: the
  // channel is taken and used under that lock only.
  @Override
  void writeFullBuffer(ByteBuffer full) throws IOException {
    writeToStream(openFile(), full);
  }

  /**
   * Formats {@code record} into the reusable buffer and returns the length of {@code "%s\n" %
   * msg} as Python's {@code len} counts it: in code points, not bytes. The next {@link
   * #writeToFile} of the same record writes this text instead of formatting again, so a
   * rollover check costs no second formatting. Call with the lock held.
   */
  protected final int formattedLineLength(LogRecord record) {
    preformat(record);
    return preformattedCodePoints(record);
  }

  /**
   * Formats {@code record} as {@link #formattedLineLength} does and returns the length in
   * {@code char}s plus one, an upper bound of what that method returns (code points never
   * outnumber chars), which spares counting code points when the bound already decides.
   */
  final int preformat(LogRecord record) {
    FormattedLine line = preparedLine(record);
    if (line != null) {
      return line.recordLength() + 1;
    }
    buffer.setLength(0);
    perRecord.preformatted = null;
    format(record, buffer);
    perRecord.preformatted = record;
    return buffer.length() + 1;
  }

  /** Returns {@link #formattedLineLength}'s answer for the text {@link #preformat} made. */
  final int preformattedCodePoints(LogRecord record) {
    FormattedLine line = preparedLine(record);
    if (line != null) {
      return line.recordCodePoints() + 1;
    }
    return Character.codePointCount(buffer, 0, buffer.length()) + 1;
  }

  /** Forgets text made by {@link #formattedLineLength}; each emit starts with this. */
  final void forgetPreformatted() {
    perRecord.preformatted = null;
  }

  /** Closes the file (if open) and the handler. Safe to call more than once. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (file != null) {
        try {
          flush();
        } finally {
          closeStream();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + baseFilename, e);
    } finally {
      try {
        super.close();
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + " " + baseFilename + " (" + Level.getLevelName(getLevel()) + ")>";
  }
}
