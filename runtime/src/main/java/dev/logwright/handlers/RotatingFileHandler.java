package dev.logwright.handlers;

import dev.logwright.LogRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jspecify.annotations.Nullable;

/**
 * Writes to a file and switches to a fresh one when it is about to exceed a size, keeping a
 * fixed number of old files, as Python's {@code RotatingFileHandler}.
 *
 * <p>With {@code backupCount} 5 and file {@code app.log}, the files are {@code app.log}, {@code
 * app.log.1} … {@code app.log.5}. Records always go to {@code app.log}; when the next record
 * would make it reach {@code maxBytes}, {@code app.log.4} becomes {@code app.log.5}, and so on
 * down to {@code app.log}, which becomes {@code app.log.1}, and a new {@code app.log} is
 * started. The oldest file is deleted. {@code maxBytes} 0 (the default) never rolls over; with
 * {@code backupCount} 0 the file is closed and reopened but never renamed, so it keeps growing.
 *
 * <p>The size test is CPython 3.13's, reproduced exactly: the file's byte position plus the
 * length in <em>characters</em> (code points) of the formatted record and a line feed, compared
 * with {@code >= maxBytes}. With non-ASCII text a file may therefore grow past {@code maxBytes}.
 * An empty file never rolls over, however long the record (gh-116263), nor does anything that is
 * not a regular file, such as {@code /dev/null} (bpo-45401).
 *
 * <p>When {@code maxBytes > 0} the mode is forced to {@code "a"}: truncating would lose earlier
 * runs' logs.
 */
public class RotatingFileHandler extends BaseRotatingHandler {
  private final long maxBytes;
  private final int backupCount;

  /** A handler appending to {@code filename} that never rolls over. */
  public RotatingFileHandler(String filename) {
    this(filename, "a", 0, 0, null, false);
  }

  /** A handler appending to {@code filename}, rolling over at {@code maxBytes}. */
  public RotatingFileHandler(String filename, long maxBytes, int backupCount) {
    this(filename, "a", maxBytes, backupCount, null, false);
  }

  /** A handler writing to {@code filename} in {@code mode}, rolling over at {@code maxBytes}. */
  public RotatingFileHandler(String filename, String mode, long maxBytes, int backupCount) {
    this(filename, mode, maxBytes, backupCount, null, false);
  }

  /** As {@link #RotatingFileHandler(String, String, long, int, Charset, boolean)}, opened now. */
  public RotatingFileHandler(
      String filename, String mode, long maxBytes, int backupCount, @Nullable Charset encoding) {
    this(filename, mode, maxBytes, backupCount, encoding, false);
  }

  /**
   * A handler writing to {@code filename} in {@code mode} (forced to {@code "a"} when {@code
   * maxBytes > 0}) and {@code encoding} (null: UTF-8), rolling over when the file is about to
   * reach {@code maxBytes} (0: never) and keeping {@code backupCount} old files; with {@code
   * delay} the file is opened by the first record.
   *
   * @throws IllegalArgumentException if {@code maxBytes} or {@code backupCount} is negative,
   *     {@code filename} is empty or {@code mode} is not allowed
   */
  public RotatingFileHandler(
      String filename, String mode, long maxBytes, int backupCount, @Nullable Charset encoding, boolean delay) {
    super(filename, checkedMode(mode, maxBytes, backupCount), encoding, delay);
    this.maxBytes = maxBytes;
    this.backupCount = backupCount;
    markExactLibraryClass(RotatingFileHandler.class);
  }

  // Runs before the file is opened, so that bad arguments leave no file behind.
  private static String checkedMode(String mode, long maxBytes, int backupCount) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes < 0: " + maxBytes + " (use 0 to never roll over)");
    }
    if (backupCount < 0) {
      throw new IllegalArgumentException("backupCount < 0: " + backupCount + " (use 0 to keep no backups)");
    }
    FileMode.parse(mode);
    return maxBytes > 0 ? "a" : mode;
  }

  /** Returns the size at which the file rolls over; 0 means never. */
  public final long getMaxBytes() {
    return maxBytes;
  }

  /** Returns how many rotated files are kept. */
  public final int getBackupCount() {
    return backupCount;
  }

  /**
   * Returns whether writing {@code record} would make the file reach {@code maxBytes}, by
   * CPython 3.13's rule (see the class comment). Opens the file first if it is not open, as
   * CPython does with {@code delay}.
   */
  @Override
  public boolean shouldRollover(LogRecord record) throws IOException {
    if (!isStreamOpen()) {
      openStream();
    }
    if (maxBytes <= 0) {
      return false;
    }
    long pos = streamPosition();
    if (pos == 0) {
      return false; // gh-116263: never roll over an empty file.
    }
    // The length in chars bounds the length in code points: count those only near the limit.
    if (pos + preformat(record) < maxBytes || pos + preformattedCodePoints(record) < maxBytes) {
      return false;
    }
    // bpo-45401: only regular files are rotated.
    Path file = getPath();
    return !Files.exists(file) || Files.isRegularFile(file);
  }

  /**
   * Lines may be claimed in the buffer while the file is open, as long as {@link #shouldRollover}
   * would answer {@code false} for them: the file's position plus the line's length in chars plus
   * one stays below {@code maxBytes} (chars bound code points, so the test is never looser).
   */
  @Override
  long claimBudget() {
    if (!isFileOpen()) {
      return 0;
    }
    return maxBytes > 0 ? maxBytes - perRecord.written : Long.MAX_VALUE;
  }

  /**
   * Closes the file, shifts {@code name.i} to {@code name.i+1} for each backup (every name
   * passed through {@link #rotationFilename}), rotates the file to {@code name.1} through {@link
   * #rotate}, and opens a new file unless {@code delay} is set.
   */
  @Override
  public void doRollover() throws IOException {
    if (isStreamOpen()) {
      closeStream();
    }
    if (backupCount > 0) {
      String base = getBaseFilename();
      for (int i = backupCount - 1; i > 0; i--) {
        Path source = Paths.get(rotationFilename(base + "." + i));
        Path dest = Paths.get(rotationFilename(base + "." + (i + 1)));
        if (Files.exists(source)) {
          Files.deleteIfExists(dest);
          Files.move(source, dest);
        }
      }
      String first = rotationFilename(base + ".1");
      Files.deleteIfExists(Paths.get(first));
      rotate(base, first);
    }
    if (!isDelay()) {
      openStream();
    }
  }
}
