package dev.logwright.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Python's {@code urllib.parse.urlencode(mapping)}: {@code key=value} pairs joined by {@code &},
 * each side Python's {@code str()} of the value, UTF-8 encoded and quoted as {@code quote_plus}
 * quotes (letters, digits and {@code _.-~} stay, a space becomes {@code +}, every other byte
 * {@code %XX} in upper case). Arrays print as tuples, as a record's {@code args} does in Python.
 */
public final class FormEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FormEncoding() {}

  /** Appends the encoded form of {@code fields} to {@code out}, in the map's order. */
  public static void urlencode(Map<String, ?> fields, StringBuilder out) {
    StringBuilder text = new StringBuilder(64);
    boolean first = true;
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      if (!first) {
        out.append('&');
      }
      first = false;
      quotePlus(field.getKey(), out);
      out.append('=');
      text.setLength(0);
      appendStr(text, field.getValue());
      quotePlus(text, out);
    }
  }

  private static void appendStr(StringBuilder out, @Nullable Object value) {
    if (value instanceof Object[]) {
      PyRepr.appendTuple(out, (Object[]) value);
    } else {
      PyRepr.appendStr(out, value);
    }
  }

  /** Appends {@code s} quoted as Python's {@code quote_plus(s, safe='')}. */
  public static void quotePlus(CharSequence s, StringBuilder out) {
    byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == '-' || c == '~') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
  }
}
