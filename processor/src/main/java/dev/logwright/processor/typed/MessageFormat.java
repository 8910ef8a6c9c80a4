package dev.logwright.processor.typed;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @Log} message parsed at compile time as Python's {@code str % tuple} reads it: literal
 * text and placeholders, in order. Only what can be compiled against positional parameters is
 * accepted; {@code %(key)s} (a mapping) and {@code *} (width from the arguments) are refused.
 */
public final class MessageFormat {
  /** The flag bits, as the runtime's {@code Conversions} numbers them. */
  static final int MINUS = 1;
  static final int PLUS = 2;
  static final int SPACE = 4;
  static final int ALT = 8;
  static final int ZERO = 16;

  private static final String CONVERSIONS = "sracdiuxXoeEfFgG";

  /** A part of the message: literal {@code text}, or a placeholder when {@code conversion != 0}. */
  public record Part(String text, int flags, int width, int precision, char conversion, int index) {
    static Part literal(String text) {
      return new Part(text, 0, -1, -1, (char) 0, -1);
    }

    public boolean isPlaceholder() {
      return conversion != 0;
    }
  }

  /** Why a message does not parse; {@code index} is where, counted in characters. */
  public static final class BadMessage extends Exception {
    private final int index;

    BadMessage(String message, int index) {
      super(message, null, false, false);
      this.index = index;
    }

    public int index() {
      return index;
    }
  }

  private final String format;
  private final List<Part> parts = new ArrayList<>();
  private final StringBuilder literal = new StringBuilder();
  private int pos;

  private MessageFormat(String format) {
    this.format = format;
  }

  /** Returns the parts of {@code format}; adjacent literal text (and {@code %%}) is merged. */
  public static List<Part> parse(String format) throws BadMessage {
    MessageFormat f = new MessageFormat(format);
    f.run();
    return f.parts;
  }

  private void run() throws BadMessage {
    while (pos < format.length()) {
      char c = format.charAt(pos++);
      if (c != '%') {
        literal.append(c);
      } else if (pos < format.length() && format.charAt(pos) == '%') {
        literal.append('%');
        pos++;
      } else {
        placeholder(pos - 1);
      }
    }
    flushLiteral();
  }

  private void placeholder(int start) throws BadMessage {
    if (peek() == '(') {
      throw new BadMessage("%(key) needs a mapping argument; a typed method's arguments are positional, use %s", start);
    }
    int flags = flags();
    if (peek() == '*') {
      throw new BadMessage("'*' takes the width or precision from the arguments; write it as a number", pos);
    }
    int width = digits();
    int precision = -1;
    if (peek() == '.') {
      pos++;
      if (peek() == '*') {
        throw new BadMessage("'*' takes the width or precision from the arguments; write it as a number", pos);
      }
      precision = Math.max(0, digits());
    }
    char type = peek();
    if (type == 'h' || type == 'l' || type == 'L') {
      pos++;
      type = peek();
    }
    if (pos >= format.length()) {
      throw new BadMessage("incomplete format", start);
    }
    int cp = format.codePointAt(pos);
    if (cp > 0x7f || CONVERSIONS.indexOf(cp) < 0) {
      char shown = cp >= 31 && cp <= 126 ? (char) cp : '?';
      throw new BadMessage("unsupported format character '" + shown + "' (0x" + Integer.toHexString(cp) + ")", pos);
    }
    pos++;
    flushLiteral();
    parts.add(new Part(format.substring(start, pos), flags, width, precision, type, start));
  }

  private int flags() {
    int flags = 0;
    for (;; pos++) {
      switch (peek()) {
        case '-': flags |= MINUS; break;
        case '+': flags |= PLUS; break;
        case ' ': flags |= SPACE; break;
        case '#': flags |= ALT; break;
        case '0': flags |= ZERO; break;
        default: return flags;
      }
    }
  }

  private int digits() throws BadMessage {
    long value = -1;
    while (peek() >= '0' && peek() <= '9') {
      value = Math.max(value, 0) * 10 + (format.charAt(pos++) - '0');
      if (value > Integer.MAX_VALUE) {
        throw new BadMessage("width too big", pos);
      }
    }
    return (int) value;
  }

  private char peek() {
    return pos < format.length() ? format.charAt(pos) : 0;
  }

  private void flushLiteral() {
    if (literal.length() > 0) {
      parts.add(Part.literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
