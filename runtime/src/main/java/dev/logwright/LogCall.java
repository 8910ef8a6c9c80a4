package dev.logwright;

import dev.logwright.internal.ArgumentSource;
import dev.logwright.internal.Printf;
import dev.logwright.internal.PyException;
import dev.logwright.internal.ReusedText;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One logging call whose arguments are given one by one, so that primitives are never boxed:
 * {@code log.atInfo().arg(orderId).arg(city).arg(millis).log("Order %d shipped to %s in %d ms")}.
 * Get one from {@link Logger#atInfo()} and its siblings, add the arguments in the order of the
 * format's conversions, then end the call with {@link #log(String)}.
 *
 * <p>When the level is disabled, {@code atInfo()} returns a shared instance on which every
 * method does nothing. When it is enabled it returns the calling thread's reusable call, or a
 * new one while that is already open (an argument's {@code toString} or a handler that logs, a
 * call started inside another). Up to eight arguments fit without growing; a whole enabled call
 * then allocates nothing beyond what the handlers do, except for float conversions, whose exact
 * Python digits are computed with {@code BigDecimal}.
 *
 * <p>A call is valid from {@code atX()} until its {@code log}: do not keep it, share it with
 * another thread or use it after {@code log}. A call that is never ended leaves the thread's
 * reusable call open, so the thread's later calls each allocate a new one.
 */
public final class LogCall {
  /** What every {@code atX()} of a disabled level returns: it never holds a logger. */
  static final LogCall DISABLED = new LogCall(null);

  // The logger while the call is open; null on the disabled instance and once ended.
  private @Nullable Logger logger;
  private int level;
  private @Nullable Throwable error;
  private final Arguments args = new Arguments();
  private final Printf.Run run = new Printf.Run();
  // The rendered message; the record borrows it until log returns (LogRecord.copy copies it).
  private StringBuilder text = ReusedText.newBuffer();

  /** The slot of the thread this call belongs to; null for the disabled and one-off calls. */
  private final @Nullable ThreadSlot slot;

  LogCall(@Nullable ThreadSlot slot) {
    this.slot = slot;
  }

  /** Opens a call at {@code level}, already known to be enabled, on {@code logger}. */
  static LogCall open(Logger logger, int level) {
    LogCall call = ThreadSlot.current().call();
    if (call.logger != null) {
      call = new LogCall(null); // the thread's call is open further up the stack
    }
    call.logger = logger;
    call.level = level;
    return call;
  }

  /** Adds a Python {@code int} argument. */
  public LogCall arg(long value) {
    if (logger != null) {
      args.add(Arguments.LONG, value, null);
    }
    return this;
  }

  /** Adds a Python {@code int} argument. */
  public LogCall arg(int value) {
    if (logger != null) {
      args.add(Arguments.INT, value, null);
    }
    return this;
  }

  /** Adds a Python {@code float} argument. */
  public LogCall arg(double value) {
    if (logger != null) {
      args.add(Arguments.DOUBLE, Double.doubleToRawLongBits(value), null);
    }
    return this;
  }

  /**
   * Adds a Python {@code float} argument: the {@code double} of the same value, as for a boxed
   * {@code Float} in a plain call ({@code 0.1f} prints {@code 0.10000000149011612}).
   */
  public LogCall arg(float value) {
    if (logger != null) {
      args.add(Arguments.FLOAT, Double.doubleToRawLongBits(value), null);
    }
    return this;
  }

  /** Adds a Python {@code bool} argument: {@code True}/{@code False}, or 1/0 as a number. */
  public LogCall arg(boolean value) {
    if (logger != null) {
      args.add(Arguments.BOOLEAN, value ? 1 : 0, null);
    }
    return this;
  }

  /** Adds a Python {@code str} of one character. */
  public LogCall arg(char value) {
    if (logger != null) {
      args.add(Arguments.CHAR, value, null);
    }
    return this;
  }

  /** Adds any other argument, converted as in a plain call ({@code null} is {@code None}). */
  public LogCall arg(@Nullable Object value) {
    if (logger != null) {
      args.add(Arguments.OBJECT, 0, value);
    }
    return this;
  }

  /** Sets the record's exception, Python's {@code exc_info}; the last one given wins. */
  public LogCall error(@Nullable Throwable error) {
    if (logger != null) {
      this.error = error;
    }
    return this;
  }

  /**
   * Ends the call: logs {@code msg % args} as {@link Logger#info(String, Object...)} and its
   * siblings do, with the caller of this method as the record's caller.
   *
   * <p>The message is rendered here, without boxing, into a reusable buffer: the record's {@code
   * msg} (and {@code message}) is the rendered text and its {@code args} is {@code None}, as for
   * a generated typed logger. Without arguments {@code msg} is logged as it is, with no {@code %}
   * processing, as Python does. When the format and the arguments do not match (too few or too
   * many, {@code %d} of a {@code str}, an unknown conversion) or one argument is a non-empty
   * {@link Map} (a {@code %(key)s} mapping, which this call leaves to the plain path), the
   * arguments are boxed and logged with {@code msg} as a plain call would, so that the handlers
   * report the error ("--- Logging error ---") or format the mapping exactly as for that call.
   */
  public void log(String msg) {
    Logger target = logger;
    if (target == null) {
      return;
    }
    try {
      if (args.count == 0) {
        target.logMessage(ThreadSlot.orCurrent(slot), level, msg, error, 2);
        return;
      }
      StringBuilder text = this.text;
      text.setLength(0);
      if (render(text, msg)) {
        target.logMessage(ThreadSlot.orCurrent(slot), level, text, error, 2);
      } else {
        target.log(level, msg, args.boxed(), error, false, 2, null);
      }
    } finally {
      end();
    }
  }

  /** Renders {@code msg % args}; false when the plain path must log it instead. */
  private boolean render(StringBuilder text, String msg) {
    if (args.isMapping()) {
      return false;
    }
    try {
      run.format(text, msg, args);
      return true;
    } catch (RuntimeException e) {
      // Python's error, or an argument's own: the plain call reports it through the handlers.
      return false;
    }
  }

  private void end() {
    text = ReusedText.keep(text);
    args.clear();
    error = null;
    logger = null;
  }

  /**
   * The arguments, each a kind and either its bits (a {@code long}, a {@code double}'s raw bits,
   * 0/1, a {@code char}) or a reference, in arrays that grow past eight and are reused.
   */
  private static final class Arguments implements ArgumentSource {
    static final byte LONG = 0;
    static final byte DOUBLE = 1;
    static final byte BOOLEAN = 2;
    static final byte CHAR = 3;
    static final byte OBJECT = 4;
    // Rendered as LONG and DOUBLE; boxed as Integer and Float for the plain path.
    static final byte INT = 5;
    static final byte FLOAT = 6;
    private static final int KEPT = 8;
    // A call with more arguments than this gives its grown arrays up when it ends.
    private static final int MAX_KEPT = 64;

    byte[] kinds = new byte[KEPT];
    long[] bits = new long[KEPT];
    @Nullable Object[] refs = new Object[KEPT];
    int count;

    void add(byte kind, long value, @Nullable Object ref) {
      if (count == kinds.length) {
        kinds = Arrays.copyOf(kinds, count * 2);
        bits = Arrays.copyOf(bits, count * 2);
        refs = Arrays.copyOf(refs, count * 2);
      }
      kinds[count] = kind;
      bits[count] = value;
      refs[count] = ref;
      count++;
    }

    /** Python's rule: a single non-empty mapping argument is the operand of {@code %(key)s}. */
    boolean isMapping() {
      return count == 1 && refs[0] instanceof Map && !((Map<?, ?>) refs[0]).isEmpty();
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public void convert(int i, StringBuilder out, int flags, int width, int precision, char conversion) {
      long value = bits[i];
      byte kind = kinds[i];
      boolean bare = flags == 0 && width < 0 && precision < 0;
      if ((kind == LONG || kind == INT) && bare && (conversion == 'd' || conversion == 's')) {
        out.append(value); // a bare %d or %s of an int: its decimal digits (str(n) == '%d' % n)
        return;
      }
      if (kind == OBJECT && bare && conversion == 's' && refs[i] instanceof String) {
        out.append((String) refs[i]); // a bare %s of a str: the str itself
        return;
      }
      switch (kind) {
        case LONG:
        case INT:
          TypedMessages.append(out, value, flags, width, precision, conversion);
          break;
        case DOUBLE:
        case FLOAT:
          TypedMessages.append(out, Double.longBitsToDouble(value), flags, width, precision, conversion);
          break;
        case BOOLEAN:
          TypedMessages.append(out, value != 0, flags, width, precision, conversion);
          break;
        case CHAR:
          TypedMessages.append(out, (char) value, flags, width, precision, conversion);
          break;
        default:
          TypedMessages.append(out, refs[i], flags, width, precision, conversion);
      }
    }

    @Override
    public int starValue(int i) {
      switch (kinds[i]) {
        case LONG:
        case INT:
        case BOOLEAN: // a bool is an int
          return Printf.starValue(bits[i]);
        case OBJECT:
          return Printf.starValue(refs[i]);
        default:
          throw PyException.typeError("* wants int");
      }
    }

    /** The arguments boxed, for the plain path. */
    Object[] boxed() {
      Object[] boxed = new Object[count];
      for (int i = 0; i < count; i++) {
        long value = bits[i];
        switch (kinds[i]) {
          case LONG: boxed[i] = value; break;
          case INT: boxed[i] = (int) value; break;
          case DOUBLE: boxed[i] = Double.longBitsToDouble(value); break;
          case FLOAT: boxed[i] = (float) Double.longBitsToDouble(value); break;
          case BOOLEAN: boxed[i] = value != 0; break;
          case CHAR: boxed[i] = (char) value; break;
          default: boxed[i] = refs[i];
        }
      }
      return boxed;
    }

    void clear() {
      if (kinds.length > MAX_KEPT) {
        kinds = new byte[KEPT];
        bits = new long[KEPT];
        refs = new Object[KEPT];
      } else {
        Arrays.fill(refs, 0, count, null); // keep no reference to the caller's objects
      }
      count = 0;
    }
  }
}
