package dev.logwright.handlers;

import dev.logwright.LogRecord;

/**
 * Does nothing with the records it is given, as Python's {@code NullHandler}. A library adds
 * one to its top-level logger so that, when the application configures no logging, the
 * library's records are dropped quietly instead of reaching the last-resort handler.
 */
public class NullHandler extends dev.logwright.Handler {
  /** A handler that discards everything. */
  public NullHandler() {}

  /** Does nothing, not even filtering, and returns {@code false}: nothing was handled. */
  @Override
  public boolean handle(LogRecord record) {
    return false;
  }

  /** Does nothing. */
  @Override
  public void emit(LogRecord record) {}
}
