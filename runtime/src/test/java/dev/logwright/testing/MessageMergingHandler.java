package dev.logwright.testing;

import dev.logwright.Handler;
import dev.logwright.LogRecord;

/**
 * Merges each record's message into one reused buffer, as a formatting handler does, and counts
 * the records: it allocates nothing itself, so allocation tests see the logging call's own cost.
 */
public final class MessageMergingHandler extends Handler {
  private final StringBuilder last = new StringBuilder();
  private long count;

  @Override
  public void emit(LogRecord record) {
    last.setLength(0);
    record.appendMessage(last);
    count++;
  }

  /** Returns the message of the last record handled. */
  public String lastMessage() {
    return last.toString();
  }

  /** Returns how many records were handled. */
  public long count() {
    return count;
  }
}
