package dev.logwright;

import org.jspecify.annotations.Nullable;

/**
 * What a thread reuses from one logging call to the next: its record and argument arrays, the
 * buffer its typed loggers render messages into, its fluent call, and what the handlers keep
 * per thread. One thread-local lookup finds them all: a typed logger's buffer or a fluent call
 * carries its slot on to the logger, and the record carries it on to the handlers, so a call
 * looks the thread up once.
 */
final class ThreadSlot {
  // Filled by current(), not by initialValue() or withInitial(ThreadSlot::new): no subclass to
  // load nor lambda to bootstrap on a program's first log call.
  private static final ThreadLocal<ThreadSlot> SLOTS = new ThreadLocal<>();

  /** The thread this slot belongs to. */
  final Thread owner = Thread.currentThread();
  final LogRecord record = new LogRecord();
  /** {@code args[n]} is the reusable argument array of length {@code n}, 1 to 4. */
  final Object[][] args = {new Object[0], new Object[1], new Object[2], new Object[3], new Object[4]};
  /** Whether a logging call on the thread is using {@link #record}. */
  boolean inUse;
  private TypedMessages.@Nullable Buffer message;
  private @Nullable LogCall call;
  /** What the handlers keep for this thread (see {@code internal.ThreadScratch}). */
  @Nullable Object handlerScratch;

  private ThreadSlot() {
    record.slot = this;
  }

  /** Returns the calling thread's slot. */
  static ThreadSlot current() {
    ThreadSlot slot = SLOTS.get();
    if (slot == null) {
      slot = new ThreadSlot();
      SLOTS.set(slot);
    }
    return slot;
  }

  /** Returns {@code owner}, the slot a buffer or call was lent from, or the calling thread's. */
  static ThreadSlot orCurrent(@Nullable ThreadSlot owner) {
    return owner != null ? owner : current();
  }

  /** Returns the thread's typed-message buffer, made at its first use. */
  TypedMessages.Buffer message() {
    TypedMessages.Buffer m = message;
    if (m == null) {
      m = new TypedMessages.Buffer(this);
      message = m;
    }
    return m;
  }

  /** Returns the thread's fluent call, made at its first use. */
  LogCall call() {
    LogCall c = call;
    if (c == null) {
      c = new LogCall(this);
      call = c;
    }
    return c;
  }
}
