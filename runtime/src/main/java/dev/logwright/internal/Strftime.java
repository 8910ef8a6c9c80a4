package dev.logwright.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Python's {@code time.strftime} as it behaves on Linux (glibc) in the C locale, compiled once per
 * format. Directives: {@code %a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p
 * %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%}, with glibc's flags {@code - _ 0 ^ #},
 * a field width and the ignored {@code E}/{@code O} modifiers. An unknown directive is copied
 * as written, as glibc does ({@code %f} stays {@code %f}).
 *
 * <p>{@code %Z} is the zone's abbreviation ({@code CET}, {@code EDT}); {@link ZoneOffset#UTC}
 * stands for Python's {@code time.gmtime} and prints {@code GMT}, as glibc's {@code gmtime}
 * does. {@code %s} is the epoch second; for {@code gmtime}'s fields it is what {@code mktime}
 * makes of them, reading them in the JVM's default zone.
 */
public final class Strftime {
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private final String format;
  /** Literal text (String) and directives (Directive), in order. */
  private final Object[] parts;

  private Strftime(String format, Object[] parts) {
    this.format = format;
    this.parts = parts;
  }

  /** Compiles {@code format}. */
  public static Strftime compile(String format) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int n = format.length();
    int i = 0;
    while (i < n) {
      char c = format.charAt(i);
      Directive d = c == '%' ? Directive.parse(format, i) : null;
      if (d == null) {
        literal.append(c);
        i++;
        continue;
      }
      if (literal.length() > 0) {
        parts.add(literal.toString());
        literal.setLength(0);
      }
      parts.add(d);
      i = d.end;
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return new Strftime(format, parts.toArray());
  }

  /** Returns the format this was compiled from. */
  public String pattern() {
    return format;
  }

  /** Returns {@code epochSecond} rendered in {@code zone}. */
  public String format(long epochSecond, ZoneId zone) {
    StringBuilder sb = new StringBuilder(32);
    append(sb, epochSecond, zone);
    return sb.toString();
  }

  /** Appends {@code epochSecond} rendered in {@code zone}. */
  public void append(StringBuilder out, long epochSecond, ZoneId zone) {
    ZonedDateTime t = Instant.ofEpochSecond(epochSecond).atZone(zone);
    for (Object part : parts) {
      if (part instanceof String) {
        out.append((String) part);
      } else {
        ((Directive) part).append(out, t);
      }
    }
  }

  /** One {@code %} directive: flags, width, conversion. */
  private static final class Directive {
    final char pad;
    final boolean upper;
    final boolean swapCase;
    final int width;
    final char conversion;
    final int end;

    private Directive(char pad, boolean upper, boolean swapCase, int width, char conversion, int end) {
      this.pad = pad;
      this.upper = upper;
      this.swapCase = swapCase;
      this.width = width;
      this.conversion = conversion;
      this.end = end;
    }

    /** Parses the directive at {@code start}; {@code null} if glibc would print it as is. */
    static Directive parse(String f, int start) {
      int i = start + 1;
      char pad = 0;
      boolean upper = false;
      boolean swap = false;
      for (; i < f.length() && "-_0^#".indexOf(f.charAt(i)) >= 0; i++) {
        char c = f.charAt(i);
        if (c == '^') {
          upper = true;
        } else if (c == '#') {
          swap = true;
        } else {
          pad = c;
        }
      }
      int width = -1;
      for (; i < f.length() && Character.isDigit(f.charAt(i)); i++) {
        width = Math.max(width, 0) * 10 + (f.charAt(i) - '0');
      }
      if (i < f.length() && (f.charAt(i) == 'E' || f.charAt(i) == 'O')) {
        i++;
      }
      if (i >= f.length() || "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%".indexOf(f.charAt(i)) < 0) {
        return null;
      }
      return new Directive(pad, upper, swap, width, f.charAt(i), i + 1);
    }

    void append(StringBuilder out, ZonedDateTime t) {
      int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
      int yday = t.getDayOfYear() - 1;
      int wday = t.getDayOfWeek().getValue() % 7;
      switch (conversion) {
        case 'a': text(out, DAYS[t.getDayOfWeek().getValue() - 1].substring(0, 3), true); break;
        case 'A': text(out, DAYS[t.getDayOfWeek().getValue() - 1], true); break;
        case 'b':
        case 'h': text(out, MONTHS[t.getMonthValue() - 1].substring(0, 3), true); break;
        case 'B': text(out, MONTHS[t.getMonthValue() - 1], true); break;
        case 'c': composite(out, t, "%a %b %e %H:%M:%S %Y"); break;
        case 'C': number(out, Math.floorDiv(t.getYear(), 100), 2, '0'); break;
        case 'd': number(out, t.getDayOfMonth(), 2, '0'); break;
        case 'D':
        case 'x': composite(out, t, "%m/%d/%y"); break;
        case 'e': number(out, t.getDayOfMonth(), 2, ' '); break;
        case 'F': composite(out, t, "%Y-%m-%d"); break;
        case 'g': number(out, Math.floorMod(t.get(IsoFields.WEEK_BASED_YEAR), 100), 2, '0'); break;
        case 'G': number(out, t.get(IsoFields.WEEK_BASED_YEAR), 1, '0'); break;
        case 'H': number(out, t.getHour(), 2, '0'); break;
        case 'I': number(out, hour12, 2, '0'); break;
        case 'j': number(out, yday + 1, 3, '0'); break;
        case 'k': number(out, t.getHour(), 2, ' '); break;
        case 'l': number(out, hour12, 2, ' '); break;
        case 'm': number(out, t.getMonthValue(), 2, '0'); break;
        case 'M': number(out, t.getMinute(), 2, '0'); break;
        case 'n': out.append('\n'); break;
        case 'p': text(out, t.getHour() < 12 ? "AM" : "PM", false); break;
        case 'P': text(out, t.getHour() < 12 ? "am" : "pm", false); break;
        case 'r': composite(out, t, "%I:%M:%S %p"); break;
        case 'R': composite(out, t, "%H:%M"); break;
        case 's': number(out, epochSecond(t), 1, '0'); break;
        case 'S': number(out, t.getSecond(), 2, '0'); break;
        case 't': out.append('\t'); break;
        case 'T':
        case 'X': composite(out, t, "%H:%M:%S"); break;
        case 'u': number(out, t.getDayOfWeek().getValue(), 1, '0'); break;
        case 'U': number(out, (yday + 7 - wday) / 7, 2, '0'); break;
        case 'V': number(out, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0'); break;
        case 'w': number(out, wday, 1, '0'); break;
        case 'W': number(out, (yday + 7 - (wday + 6) % 7) / 7, 2, '0'); break;
        case 'y': number(out, Math.floorMod(t.getYear(), 100), 2, '0'); break;
        case 'Y': number(out, t.getYear(), 1, '0'); break;
        case 'z': offset(out, t.getOffset().getTotalSeconds()); break;
        case 'Z': text(out, zoneName(t), false); break;
        default: out.append('%'); break;
      }
    }

    private void number(StringBuilder out, long value, int defaultWidth, char defaultPad) {
      int start = out.length();
      char p = pad == 0 ? defaultPad : pad;
      int w = width >= 0 ? width : defaultWidth;
      if (value < 0) {
        out.append('-');
      }
      int digitsStart = out.length();
      out.append(Math.abs(value));
      if (p == '-' && width >= 0) {
        // glibc: an explicit width still pads, with spaces
        p = '_';
      }
      if (p != '-') {
        int missing = w - (out.length() - start);
        if (missing > 0) {
          Padding.insertRepeated(out, p == '0' ? digitsStart : start, p == '_' ? ' ' : p, missing);
        }
      }
    }

    private void text(StringBuilder out, String value, boolean swapUppercases) {
      int start = out.length();
      if (upper || (swapCase && swapUppercases)) {
        out.append(value.toUpperCase(Locale.ROOT));
      } else if (swapCase) {
        out.append(value.toLowerCase(Locale.ROOT));
      } else {
        out.append(value);
      }
      int missing = width - (out.length() - start);
      if (missing > 0 && pad != '-') {
        Padding.insertRepeated(out, start, pad == '0' ? '0' : ' ', missing);
      }
    }

    private void composite(StringBuilder out, ZonedDateTime t, String format) {
      int start = out.length();
      compile(format).append(out, t.toEpochSecond(), t.getZone());
      if (upper) {
        for (int i = start; i < out.length(); i++) {
          out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
        }
      }
      int missing = width - (out.length() - start);
      if (missing > 0 && pad != '-') {
        Padding.insertRepeated(out, start, pad == '0' ? '0' : ' ', missing);
      }
    }

    private static void offset(StringBuilder out, int seconds) {
      out.append(seconds < 0 ? '-' : '+');
      int minutes = Math.abs(seconds) / 60;
      int hh = minutes / 60;
      int mm = minutes % 60;
      out.append((char) ('0' + hh / 10)).append((char) ('0' + hh % 10));
      out.append((char) ('0' + mm / 10)).append((char) ('0' + mm % 10));
    }

    /** {@code mktime} of the broken-down time: the JVM's zone reads {@code gmtime}'s fields. */
    private static long epochSecond(ZonedDateTime t) {
      return t.getZone().equals(ZoneOffset.UTC)
          ? t.toLocalDateTime().atZone(ZoneId.systemDefault()).toEpochSecond()
          : t.toEpochSecond();
    }

    private static String zoneName(ZonedDateTime t) {
      ZoneId zone = t.getZone();
      if (zone.equals(ZoneOffset.UTC)) {
        return "GMT";
      }
      boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
      return TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.ROOT);
    }
  }
}
