package dev.logwright.handlers;

import java.time.LocalDateTime;

/**
 * The strftime directives a rolled file's suffix may use, rendered as CPython's {@code
 * time.strftime} does in the C locale: {@code %Y %y %m %d %H %I %M %S %p %j %a %A %b %B %%}.
 */
final class SuffixFormat {
  private static final String DIRECTIVES = "YymdHIMSpjaAbB%";
  // The C locale's names, whatever the JVM's locale data.
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private SuffixFormat() {}

  /**
   * Checks that {@code suffix} uses only supported directives and returns it; fails naming the
   * first unsupported one.
   */
  static String check(String suffix) {
    if (suffix == null) {
      throw new NullPointerException("suffix == null");
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (suffix.charAt(i) != '%') {
        continue;
      }
      if (i + 1 == suffix.length() || DIRECTIVES.indexOf(suffix.charAt(i + 1)) < 0) {
        String found = suffix.substring(i, Math.min(i + 2, suffix.length()));
        throw new IllegalArgumentException("suffix directive " + found
            + " is not one of %Y %y %m %d %H %I %M %S %p %j %a %A %b %B %%: \"" + suffix + "\"");
      }
      i++;
    }
    return suffix;
  }

  /** Appends {@code suffix} rendered at {@code time} to {@code out}; {@code suffix} is checked. */
  static void format(String suffix, LocalDateTime time, StringBuilder out) {
    for (int i = 0; i < suffix.length(); i++) {
      char c = suffix.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      appendDirective(suffix.charAt(++i), time, out);
    }
  }

  private static void appendDirective(char directive, LocalDateTime time, StringBuilder out) {
    switch (directive) {
      case 'Y': out.append(time.getYear()); break;
      case 'y': pad(Math.floorMod(time.getYear(), 100), 2, out); break;
      case 'm': pad(time.getMonthValue(), 2, out); break;
      case 'd': pad(time.getDayOfMonth(), 2, out); break;
      case 'H': pad(time.getHour(), 2, out); break;
      case 'I': pad(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12, 2, out); break;
      case 'M': pad(time.getMinute(), 2, out); break;
      case 'S': pad(time.getSecond(), 2, out); break;
      case 'p': out.append(time.getHour() < 12 ? "AM" : "PM"); break;
      case 'j': pad(time.getDayOfYear(), 3, out); break;
      case 'a': out.append(DAYS[time.getDayOfWeek().ordinal()], 0, 3); break;
      case 'A': out.append(DAYS[time.getDayOfWeek().ordinal()]); break;
      case 'b': out.append(MONTHS[time.getMonthValue() - 1], 0, 3); break;
      case 'B': out.append(MONTHS[time.getMonthValue() - 1]); break;
      default: out.append('%'); break;
    }
  }

  private static void pad(int value, int width, StringBuilder out) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
