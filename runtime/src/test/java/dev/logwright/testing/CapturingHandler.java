package dev.logwright.testing;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import java.util.ArrayList;
import java.util.List;

/** Keeps a copy of every record it is given, and each record's formatted text. */
public final class CapturingHandler extends Handler {
  private final List<LogRecord> records = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();

  @Override
  public void emit(LogRecord record) {
    lines.add(format(record));
    records.add(record.copy());
  }

  /** Returns copies of the records handled so far. */
  public synchronized List<LogRecord> records() {
    lock.lock();
    try {
      return new ArrayList<>(records);
    } finally {
      lock.unlock();
    }
  }

  /** Returns the formatted text of the records handled so far. */
  public List<String> lines() {
    lock.lock();
    try {
      return new ArrayList<>(lines);
    } finally {
      lock.unlock();
    }
  }
}
