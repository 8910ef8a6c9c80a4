package dev.logwright.handlers;

import dev.logwright.LogRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * A file handler that switches to a fresh file at some point, as Python's {@code
 * BaseRotatingHandler}; {@link RotatingFileHandler} rotates by size and {@code
 * TimedRotatingFileHandler} by time.
 *
 * <p>Before each record, {@link #emit} asks {@link #shouldRollover}; when it answers {@code true},
 * {@link #doRollover} moves the current file aside and opens a new one. Subclasses implement
 * both. Rotated files are named through {@link #rotationFilename} (which applies the {@link
 * Namer}, if one is set) and moved through {@link #rotate} (which applies the {@link Rotator},
 * if one is set, and otherwise renames). A failure anywhere in {@link #emit} goes to {@link
 * #handleError} and that record is dropped, as in CPython; the next record starts over (opening
 * the file again if the rollover left it closed), so logging resumes once the cause is gone.
 */
public abstract class BaseRotatingHandler extends FileHandler {
  private volatile @Nullable Namer namer;
  private volatile @Nullable Rotator rotator;

  /**
   * A handler for {@code filename} opened in {@code mode} with {@code encoding} (null: UTF-8),
   * now or, with {@code delay}, at the first record. Arguments are checked as {@link
   * FileHandler}'s are.
   */
  protected BaseRotatingHandler(String filename, String mode, @Nullable Charset encoding, boolean delay) {
    super(filename, mode, encoding, delay);
  }

  /** Returns the namer, or {@code null} when rotated files keep their default names. */
  public @Nullable Namer getNamer() {
    return namer;
  }

  /** Sets how rotated files are named; {@code null} (the default) keeps the default names. */
  public void setNamer(@Nullable Namer namer) {
    this.namer = namer;
  }

  /** Returns the rotator, or {@code null} when rotation renames the file. */
  public @Nullable Rotator getRotator() {
    return rotator;
  }

  /** Sets how the current file is moved aside; {@code null} (the default) renames it. */
  public void setRotator(@Nullable Rotator rotator) {
    this.rotator = rotator;
  }

  /**
   * Rolls over if {@link #shouldRollover} says so, then writes the record as {@link FileHandler}
   * does. Any failure is passed to {@link #handleError}.
   */
  @Override
  public void emit(LogRecord record) {
    try {
      forgetPreformatted();
      if (shouldRollover(record)) {
        doRollover();
      }
      writeToFile(record);
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  /** No line is claimed outside {@link #emit}, which asks {@link #shouldRollover} for each. */
  @Override
  long claimBudget() {
    return 0;
  }

  /**
   * Returns whether {@code record} should go to a fresh file. Called by {@link #emit} with the
   * lock held, before the record is written.
   */
  public abstract boolean shouldRollover(LogRecord record) throws IOException;

  /** Moves the current file aside and starts a new one. Called with the lock held. */
  public abstract void doRollover() throws IOException;

  /**
   * Returns the name a rotated file gets in place of {@code defaultName}: the {@link Namer}'s
   * answer if one is set, else {@code defaultName}. Override to name files some other way.
   */
  public String rotationFilename(String defaultName) {
    Namer n = namer;
    if (n == null) {
      return defaultName;
    }
    String name = n.name(defaultName);
    if (name == null) {
      throw new NullPointerException("namer returned null for " + defaultName);
    }
    return name;
  }

  /**
   * Moves the log file {@code source} to {@code dest}: through the {@link Rotator} if one is
   * set, else by renaming {@code source} (replacing {@code dest}) when it exists; with {@code
   * delay} it may never have been created (Issue 18940). Override to rotate some other way.
   */
  public void rotate(String source, String dest) throws IOException {
    Rotator r = rotator;
    if (r != null) {
      r.rotate(source, dest);
      return;
    }
    Path from = Paths.get(source);
    if (Files.exists(from)) {
      // rename(2), which replaces dest as Python's os.rename does on POSIX.
      Files.move(from, Paths.get(dest), StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
