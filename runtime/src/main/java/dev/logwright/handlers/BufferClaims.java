package dev.logwright.handlers;

import dev.logwright.internal.SpinWait;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets threads append formatted lines to a buffered file handler's buffer without taking the
 * handler's lock: each claims the place of its bytes with one compare-and-set, copies them there
 * on its own and marks its claim copied. A lock taken for every record passes the lock and the
 * buffer's last line from core to core at each record, in series; a claim passes one line, and
 * no thread waits while it travels. Lines land in the order of their claims, so records that
 * one thread logs after another's call returned come after it, as under the lock.
 *
 * <p>Claims are made in a <em>window</em> that the handler opens with its lock held, over the
 * free part of its current buffer and within a byte budget (for a rotating file, what keeps the
 * next record from reaching {@code maxBytes}); a line that does not fit, or comes while the
 * window is shut, goes through the lock as before. Everything that reads or changes the buffer
 * under the lock first {@linkplain #settle settles} the window: shuts it, waits for the claims
 * made in it to be copied, and moves the buffer's position past them.
 *
 * <p>The window's state is one {@code long}: the buffer offset of the next claim (21 bits), the
 * number of claims so far (11 bits), the window's epoch (31 bits) and whether it is shut. The
 * epoch grows at every opening, so a thread that read the state of an earlier window cannot
 * claim in a later one; claim {@code i} is copied once slot {@code i} of {@link #copied} holds the
 * window's epoch, which no earlier window wrote there.
 */
final class BufferClaims {
  /** Buffers larger than this take no claims: the offset must fit in its bits. */
  static final int MAX_CAPACITY = (1 << 21) - 1;

  private static final int OFFSET_BITS = 21;
  private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
  private static final int COUNT_BITS = 11;
  private static final long COUNT_ONE = 1L << OFFSET_BITS;
  private static final int MAX_CLAIMS = (1 << COUNT_BITS) - 1;
  private static final int EPOCH_SHIFT = OFFSET_BITS + COUNT_BITS;
  private static final long EPOCH_MASK = (1L << 31) - 1;
  private static final long SHUT = Long.MIN_VALUE;
  /** Compare-and-set failures before a line goes through the lock instead. */
  private static final int TRIES = 8;

  private final AtomicLong state = new AtomicLong(SHUT);
  private final AtomicIntegerArray copied = new AtomicIntegerArray(MAX_CLAIMS);
  /** The buffer of the open window; set with the handler's lock held, before the window opens. */
  private volatile ByteBuffer target = ByteBuffer.allocate(0);
  /**
   * The line length, in chars plus one, that a claim at offset 0 must stay under: the handler's
   * budget for the window ({@code Long.MAX_VALUE} when none applies).
   */
  private volatile long budget;
  private int epoch;

  /**
   * Copies {@code line}'s bytes into the open window, unless it is shut or the line does not fit
   * there; returns whether it did. {@code codeUnits} is the formatted record's length in chars,
   * which the budget is checked against. Needs no lock.
   */
  boolean tryAppend(ByteBuffer line, int codeUnits) {
    int n = line.remaining();
    for (int i = 0; i < TRIES; i++) {
      long s = state.get();
      if (s < 0) {
        return false;
      }
      ByteBuffer into = target;
      int at = (int) (s & OFFSET_MASK);
      int claims = (int) ((s >>> OFFSET_BITS) & MAX_CLAIMS);
      if (at + n > into.capacity() || claims == MAX_CLAIMS || at + (long) codeUnits + 1 >= budget) {
        return false;
      }
      if (state.compareAndSet(s, s + COUNT_ONE + n)) {
        System.arraycopy(line.array(), line.arrayOffset() + line.position(),
            into.array(), into.arrayOffset() + at, n);
        copied.lazySet(claims, (int) (s >>> EPOCH_SHIFT));
        return true;
      }
    }
    return false;
  }

  /**
   * Shuts the window, waits until every claim made in it is copied and sets the buffer's position
   * after the last. Does nothing when the window is shut. Call with the handler's lock held.
   */
  void settle() {
    long s = state.get();
    while (s >= 0 && !state.compareAndSet(s, s | SHUT)) {
      s = state.get();
    }
    if (s < 0) {
      return;
    }
    int window = (int) (s >>> EPOCH_SHIFT);
    int claims = (int) ((s >>> OFFSET_BITS) & MAX_CLAIMS);
    for (int i = 0; i < claims; i++) {
      // A claim is copied a moment after it is made, unless its thread lost its processor.
      for (int spins = 0; copied.get(i) != window; spins++) {
        if (spins < 64) {
          SpinWait.onSpinWait();
        } else {
          Thread.yield();
        }
      }
    }
    ((Buffer) target).position((int) (s & OFFSET_MASK));
  }

  /**
   * Opens a window over the free part of {@code buffer}, a heap buffer, where a line may be
   * claimed while its length in chars plus one, added to its offset, stays under {@code budget}.
   * Call with the handler's lock held and the window shut.
   */
  void open(ByteBuffer buffer, long budget) {
    int at = buffer.position();
    if (buffer.capacity() > MAX_CAPACITY || at >= buffer.capacity() || budget <= at) {
      return;
    }
    target = buffer;
    this.budget = budget;
    epoch = (int) ((epoch + 1) & EPOCH_MASK);
    if (epoch == 0) {
      epoch = 1; // 0 is what every slot of copied starts with
    }
    state.set(((long) epoch << EPOCH_SHIFT) | at);
  }
}
