package dev.logwright;

import java.io.PrintStream;

/**
 * Writes to whatever {@code System.err} is at the time of each record, as Python's {@code
 * _StderrHandler}; the {@link Logging#lastResort() handler of last resort}.
 */
final class StderrHandler extends Handler {
  private final StringBuilder buffer = new StringBuilder(256);

  StderrHandler(int level) {
    super(level);
  }

  @Override
  public void emit(LogRecord record) {
    try {
      buffer.setLength(0);
      format(record, buffer);
      buffer.append('\n');
      PrintStream err = System.err;
      err.append(buffer);
      err.flush();
    } catch (RuntimeException e) {
      handleError(record, e);
    }
  }
}
