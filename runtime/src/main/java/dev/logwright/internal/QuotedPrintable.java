package dev.logwright.internal;

import java.util.List;

/**
 * Quoted-printable body encoding as Python's {@code email.quoprimime.body_encode}: printable
 * ASCII but {@code =} (and tabs) stay, every other byte becomes {@code =XX}; lines longer than
 * the limit break with a soft {@code =} that never splits an escape; whitespace ending a line
 * is escaped. Lines are joined by LF and the result ends with one.
 */
final class QuotedPrintable {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QuotedPrintable() {}

  static String encode(List<byte[]> lines, int maxLineLength) {
    StringBuilder out = new StringBuilder();
    for (byte[] raw : lines) {
      String line = escape(raw);
      int start = 0;
      int lastStart = line.length() - 1 - maxLineLength;
      while (start <= lastStart) {
        int stop = start + maxLineLength - 1;
        if (line.charAt(stop - 2) == '=') {
          out.append(line, start, stop - 1).append("=\n");
          start = stop - 2;
        } else if (line.charAt(stop - 1) == '=') {
          out.append(line, start, stop).append("=\n");
          start = stop - 1;
        } else {
          out.append(line, start, stop).append("=\n");
          start = stop;
        }
      }
      appendRest(out, line, start, lastStart);
      out.append('\n');
    }
    return out.toString();
  }

  /** The end of a line; trailing whitespace is escaped, breaking once more if there is no room. */
  private static void appendRest(StringBuilder out, String line, int start, int lastStart) {
    if (line.isEmpty() || (line.charAt(line.length() - 1) != ' ' && line.charAt(line.length() - 1) != '\t')) {
      out.append(line, start, line.length());
      return;
    }
    char last = line.charAt(line.length() - 1);
    String quoted = "=" + HEX[last >> 4] + HEX[last & 0xf];
    int room = start - lastStart;
    out.append(line, start, line.length() - 1);
    if (room >= 3) {
      out.append(quoted);
    } else if (room == 2) {
      out.append(last).append("=\n");
    } else {
      out.append("=\n").append(quoted);
    }
  }

  private static String escape(byte[] line) {
    StringBuilder sb = new StringBuilder(line.length + 16);
    for (byte b : line) {
      int c = b & 0xff;
      if ((c >= 0x20 && c <= 0x7e && c != '=') || c == '\t') {
        sb.append((char) c);
      } else {
        sb.append('=').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }
}
