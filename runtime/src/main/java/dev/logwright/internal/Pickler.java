package dev.logwright.internal;

import java.math.BigInteger;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes Python pickles in protocol 1, the protocol of {@code SocketHandler.makePickle}, with
 * the opcodes CPython's C pickler chooses, so that our bytes equal CPython's for the same values.
 *
 * <p>Values map to Python as: {@code null} → {@code None}, {@link CharSequence} and {@link
 * Character} → {@code str}, {@link Boolean} → {@code bool}, {@link Byte}/{@link Short}/{@link
 * Integer}/{@link Long}/{@link BigInteger} → {@code int}, {@link Float}/{@link Double} → {@code
 * float}, {@link Map} → {@code dict} (keys in iteration order), {@link Collection} →
 * {@code list}, {@code Object[]} → {@code tuple}. Any other object is pickled as its Python
 * {@code str()}, since
 * a receiver has no class to rebuild it with. Strings are memoized one by one; the empty string
 * and one-character Latin-1 strings are shared, as CPython's singletons are.
 *
 * <p>Not thread-safe; a handler reuses one under its lock, so pickling allocates nothing once
 * the buffer has grown to the largest record.
 */
public final class Pickler {
  private static final int BATCH_SIZE = 1000;

  private ByteBuffer out = ByteBuffer.allocate(1024);
  private int memoSize;
  /** Memo indexes of the shared one-character strings (index = char + 1, 0 = ""); -1 = unset. */
  private final int[] singletons = new int[257];

  /**
   * Starts a pickle after {@code reserved} bytes (e.g. room for a length prefix) and resets the
   * memo. Follow with one {@code write…} call and {@link #finish()}.
   */
  public void start(int reserved) {
    ((Buffer) out).clear();
    ensure(reserved);
    ((Buffer) out).position(reserved);
    memoSize = 0;
    java.util.Arrays.fill(singletons, -1);
  }

  /** Ends the pickle with STOP; returns the buffer from 0 to its end, valid until next start. */
  public ByteBuffer finish() {
    put('.');
    ((Buffer) out).flip();
    return out;
  }

  /** Writes {@code value} as its Python counterpart (see the class comment). */
  public void writeValue(@Nullable Object value) {
    if (value == null) {
      put('N');
    } else if (value instanceof CharSequence) {
      writeString((CharSequence) value);
    } else if (value instanceof Character) {
      writeString(String.valueOf((char) (Character) value));
    } else if (value instanceof Boolean) {
      writeBool((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      writeInt(((Number) value).longValue());
    } else if (value instanceof BigInteger) {
      writeBigInteger((BigInteger) value);
    } else if (value instanceof Double || value instanceof Float) {
      writeFloat(((Number) value).doubleValue());
    } else if (value instanceof Map) {
      writeDict((Map<?, ?>) value);
    } else if (value instanceof Collection) {
      writeList((Collection<?>) value);
    } else if (value instanceof Object[]) {
      writeTuple((Object[]) value);
    } else {
      writeString(PyRepr.str(value));
    }
  }

  /** Starts a dict: EMPTY_DICT and its memo entry. Follow with {@link #beginItems}. */
  public void emptyDict() {
    put('}');
    memoize();
  }

  /**
   * Writes the item marks for a dict of {@code count} items that is about to follow as
   * key/value pairs, each ended by {@link #endDictItem}; CPython writes one item as SETITEM, more
   * in MARK…SETITEMS batches of 1000.
   */
  public void beginItems(int count) {
    if (count > 1) {
      put('(');
    }
  }

  /**
   * Ends the {@code index}-th (0-based) of {@code count} key/value pairs of the dict being
   * written, after its key and value have been written.
   */
  public void endDictItem(int index, int count) {
    endItem(index, count, 's', 'u');
  }

  private void endItem(int index, int count, char single, char batch) {
    if (count == 1) {
      put(single);
      return;
    }
    int n = index + 1;
    if (n == count) {
      put(batch);
    } else if (n % BATCH_SIZE == 0) {
      put(batch);
      put('(');
    }
  }

  private void writeDict(Map<?, ?> map) {
    emptyDict();
    int count = map.size();
    beginItems(count);
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      writeValue(e.getKey());
      writeValue(e.getValue());
      endItem(i++, count, 's', 'u');
    }
  }

  private void writeList(Collection<?> list) {
    put(']');
    memoize();
    int count = list.size();
    if (count > 1) {
      put('(');
    }
    int i = 0;
    for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
      writeValue(it.next());
      endItem(i++, count, 'a', 'e');
    }
  }

  private void writeTuple(Object[] items) {
    if (items.length == 0) {
      put(')');
      return;
    }
    put('(');
    for (Object item : items) {
      writeValue(item);
    }
    put('t');
    memoize();
  }

  private void writeBool(boolean b) {
    // Protocol 1 has no NEWTRUE/NEWFALSE: bools are the INT opcode's special "01"/"00".
    put('I');
    put('0');
    put(b ? '1' : '0');
    put('\n');
  }

  /** Writes an int: BININT1, BININT2, BININT, or protocol 1's text LONG beyond 32 bits. */
  public void writeInt(long v) {
    if (v >= 0 && v <= 0xff) {
      put('K');
      put((int) v);
    } else if (v >= 0 && v <= 0xffff) {
      put('M');
      put((int) (v & 0xff));
      put((int) (v >>> 8));
    } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
      put('J');
      putIntLE((int) v);
    } else {
      writeLongText(Long.toString(v));
    }
  }

  private void writeBigInteger(BigInteger v) {
    if (v.bitLength() < 64) {
      writeInt(v.longValue());
    } else {
      writeLongText(v.toString());
    }
  }

  private void writeLongText(String digits) {
    put('L');
    for (int i = 0; i < digits.length(); i++) {
      put(digits.charAt(i));
    }
    put('L');
    put('\n');
  }

  /** Writes a float as BINFLOAT: 8 bytes, big-endian IEEE 754. */
  public void writeFloat(double d) {
    ensure(9);
    out.put((byte) 'G');
    out.putLong(Double.doubleToRawLongBits(d));
  }

  /**
   * Writes a str as BINUNICODE (UTF-8, lone surrogates as Python's {@code surrogatepass}) and
   * memoizes it, or refers to the memo for the strings CPython shares.
   */
  public void writeString(CharSequence s) {
    int singleton = s.length() == 0 ? 0
        : s.length() == 1 && s.charAt(0) < 256 ? s.charAt(0) + 1
        : -1;
    if (singleton >= 0 && singletons[singleton] >= 0) {
      int index = singletons[singleton];
      if (index < 256) {
        put('h');
        put(index);
      } else {
        put('j');
        putIntLE(index);
      }
      return;
    }
    put('X');
    int lengthAt = out.position();
    putIntLE(0);
    int start = out.position();
    Utf8.encode(s, this);
    out.putInt(lengthAt, Integer.reverseBytes(out.position() - start));
    if (singleton >= 0) {
      singletons[singleton] = memoSize;
    }
    memoize();
  }

  private void memoize() {
    int index = memoSize++;
    if (index < 256) {
      put('q');
      put(index);
    } else {
      put('r');
      putIntLE(index);
    }
  }

  /** Appends one byte (the low 8 bits of {@code b}). */
  void put(int b) {
    ensure(1);
    out.put((byte) b);
  }

  private void putIntLE(int v) {
    ensure(4);
    out.putInt(Integer.reverseBytes(v));
  }

  /** Returns the buffer being written, for callers that patch a prefix in place. */
  public ByteBuffer buffer() {
    return out;
  }

  private void ensure(int n) {
    if (out.remaining() >= n) {
      return;
    }
    ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + n));
    ((Buffer) out).flip();
    bigger.put(out);
    out = bigger;
  }

  /** UTF-8 with surrogatepass, as CPython's pickler encodes str. */
  private static final class Utf8 {
    static void encode(CharSequence s, Pickler p) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          p.put(c);
        } else if (c < 0x800) {
          p.put(0xc0 | (c >> 6));
          p.put(0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          p.put(0xf0 | (cp >> 18));
          p.put(0x80 | ((cp >> 12) & 0x3f));
          p.put(0x80 | ((cp >> 6) & 0x3f));
          p.put(0x80 | (cp & 0x3f));
        } else {
          p.put(0xe0 | (c >> 12));
          p.put(0x80 | ((c >> 6) & 0x3f));
          p.put(0x80 | (c & 0x3f));
        }
      }
    }
  }
}
