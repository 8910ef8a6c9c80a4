package dev.logwright.handlers;

import dev.logwright.LogRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/**
 * A file handler that notices when its file has been moved or deleted (by {@code logrotate},
 * {@code newsyslog} or a person) and reopens the file name, as Python's {@code
 * WatchedFileHandler}.
 *
 * <p>Before each record it looks up the file by name and compares its identity ({@link
 * BasicFileAttributes#fileKey()}: device and inode on Linux and Android) with that of the file
 * it has open; when they differ, or the name no longer exists, it closes its file and opens the
 * name again. This costs one {@code stat} per record. Where the platform gives files no identity
 * (a {@code null} file key, as on Windows, whose open files cannot be moved anyway) only a
 * missing file causes a reopen.
 *
 * <p>The identity of a newly opened file is read by name right after opening; a rotation in
 * between those two steps goes unnoticed until the next one.
 */
public class WatchedFileHandler extends FileHandler {
  private @Nullable Object fileKey;

  /** A handler appending UTF-8 text to {@code filename}, opened now. */
  public WatchedFileHandler(String filename) {
    this(filename, "a", null, false);
  }

  /** A handler writing UTF-8 text to {@code filename} opened now in {@code mode}. */
  public WatchedFileHandler(String filename, String mode) {
    this(filename, mode, null, false);
  }

  /** A handler writing to {@code filename} in {@code mode} and {@code encoding} (null: UTF-8). */
  public WatchedFileHandler(String filename, String mode, @Nullable Charset encoding) {
    this(filename, mode, encoding, false);
  }

  /**
   * A handler writing to {@code filename} in {@code mode} and {@code encoding} (null: UTF-8),
   * opened now or, with {@code delay}, by the first record. Arguments are checked as {@link
   * FileHandler}'s are.
   */
  public WatchedFileHandler(String filename, String mode, @Nullable Charset encoding, boolean delay) {
    super(filename, mode, encoding, delay);
    markExactLibraryClass(WatchedFileHandler.class);
  }

  /** Opens the file and remembers its identity. */
  @Override
  protected void openStream() throws IOException {
    super.openStream();
    try {
      fileKey = Files.readAttributes(getPath(), BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      fileKey = null; // Already gone again: the next record reopens.
    }
  }

  /**
   * Reopens the file if the name now denotes another file or none, as CPython's {@code
   * reopenIfNeeded}. Does nothing while the file is not open.
   */
  public void reopenIfNeeded() throws IOException {
    lock.lock();
    try {
      if (!isStreamOpen()) {
        return;
      }
      boolean reopen;
      try {
        Object current = Files.readAttributes(getPath(), BasicFileAttributes.class).fileKey();
        reopen = current != null && !current.equals(fileKey);
      } catch (NoSuchFileException e) {
        reopen = true;
      }
      if (reopen) {
        closeStream(); // Issue #21742: if opening fails, the handler is left without a file.
        openStream();
      }
    } finally {
      lock.unlock();
    }
  }

  /** No line is claimed outside {@link #emit}, which checks the file for each record. */
  @Override
  long claimBudget() {
    return 0;
  }

  /** Reopens the file if it was moved or deleted, then writes the record to it. */
  @Override
  public void emit(LogRecord record) {
    try {
      forgetPreformatted();
      reopenIfNeeded();
      writeToFile(record);
    } catch (Exception e) {
      handleError(record, e);
    }
  }
}
