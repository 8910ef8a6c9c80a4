package dev.logwright.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes an unstructured mail header ({@code Subject}) as Python's {@code email} package does
 * with its default policy: words with non-ASCII characters become RFC 2047 encoded words in
 * UTF-8 (words to encode on one line share one encoded word with the text between them), Q encoding
 * unless Base64 is at least five characters shorter, and the header folds at whitespace so that
 * lines stay within 78 characters, long encoded words split across lines.
 *
 * <p>The parts of Python's folding that need its full parse tree are simplified: an ASCII word
 * longer than a line stays whole (RFC 5322 allows 998 characters), where
 * Python would turn it into encoded words.
 */
public final class Rfc2047 {
  /** Python's {@code policy.default.max_line_length}. */
  public static final int MAX_LINE_LENGTH = 78;

  private static final String CRLF = "\r\n";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Rfc2047() {}

  /**
   * Returns {@code name: value}, folded and encoded, without the final line break.
   *
   * @throws IllegalArgumentException if {@code value} contains a CR or LF, which would let a
   *     value inject headers (Python raises {@code ValueError} for it too)
   */
  public static String header(String name, String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "Header values may not contain linefeed or carriage return characters: " + name);
    }
    Folder f = new Folder(name);
    for (Token t : tokens(value)) {
      if (t.encode) {
        f.encoded(t.space, t.text);
      } else {
        f.plain(t.space, t.text);
      }
    }
    return f.out.toString();
  }

  /**
   * Lays out one header. As in Python, a word to encode joins the encoded word already on the
   * line, together with the plain words between them, and that text is encoded again as one.
   */
  private static final class Folder {
    final StringBuilder out = new StringBuilder(128);
    final int nameEnd;
    int lineStart;
    int ewStart = -1;  // where the line's encoded word starts, or -1
    final StringBuilder ewText = new StringBuilder();  // what the line holds from ewStart on

    Folder(String name) {
      out.append(name).append(':');
      nameEnd = out.length();
    }

    void plain(String space, String word) {
      int column = out.length() - lineStart;
      if (out.length() > nameEnd && column + space.length() + word.length() > MAX_LINE_LENGTH) {
        newLine();
        out.append(space.isEmpty() ? " " : space).append(word);
        return;
      }
      out.append(space).append(word);
      if (ewStart >= 0) {
        ewText.append(space).append(word);
      }
    }

    void encoded(String space, String word) {
      String text;
      if (ewStart >= 0) {
        text = ewText + space + word;
        out.setLength(ewStart);
      } else {
        out.append(space);
        text = word;
      }
      int from = 0;
      while (from < text.length()) {
        int to = longestFitting(text, from, MAX_LINE_LENGTH - (out.length() - lineStart));
        if (to == from) {
          if (out.length() - lineStart > 1) {
            newLine();
            out.append(' ');
            continue;
          }
          to = text.offsetByCodePoints(from, 1);  // not even one fits a line: overlong, as needed
        }
        ewStart = out.length();
        ewText.setLength(0);
        ewText.append(text, from, to);
        out.append(encodedWord(text.substring(from, to)));
        from = to;
      }
    }

    private void newLine() {
      out.append(CRLF);
      lineStart = out.length();
      ewStart = -1;
    }
  }

  /** A run of whitespace followed by a word; {@code encode} when the word is not ASCII. */
  private static final class Token {
    final String space;
    final String text;
    final boolean encode;

    Token(String space, String text, boolean encode) {
      this.space = space;
      this.text = text;
      this.encode = encode;
    }
  }

  /** The header's leading space is written after the colon as Python does: {@code "Subject: x"}. */
  private static List<Token> tokens(String value) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      int wordStart = i;
      while (wordStart < n && isSpace(value.charAt(wordStart))) {
        wordStart++;
      }
      int wordEnd = wordStart;
      while (wordEnd < n && !isSpace(value.charAt(wordEnd))) {
        wordEnd++;
      }
      String space = (i == 0 ? " " : "") + value.substring(i, wordStart);
      String word = value.substring(wordStart, wordEnd);
      tokens.add(new Token(space, word, !isAscii(word)));
      i = wordEnd;
    }
    return tokens;  // empty for an empty value: Python writes "Subject:" then
  }

  private static int longestFitting(String text, int from, int room) {
    int best = from;
    int end = from;
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      if (encodedWord(text.substring(from, next)).length() > room) {
        break;
      }
      best = next;
      end = next;
    }
    return best;
  }

  /** Returns {@code text} as one UTF-8 encoded word, Q or B as Python chooses. */
  public static String encodedWord(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int qlen = 0;
    for (byte b : bytes) {
      qlen += isQSafe(b & 0xff) || b == ' ' ? 1 : 3;
    }
    int blen = (bytes.length + 2) / 3 * 4;
    // Python's bias toward Q: "5 is arbitrary".
    if (qlen - blen < 5) {
      StringBuilder sb = new StringBuilder(qlen + 12).append("=?utf-8?q?");
      for (byte b : bytes) {
        int c = b & 0xff;
        if (c == ' ') {
          sb.append('_');
        } else if (isQSafe(c)) {
          sb.append((char) c);
        } else {
          sb.append('=').append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
      }
      return sb.append("?=").toString();
    }
    return "=?utf-8?b?" + Base64.getEncoder().encodeToString(bytes) + "?=";
  }

  private static boolean isQSafe(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '!' || c == '*' || c == '+' || c == '/';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** Returns whether {@code s} is printable ASCII, tabs allowed. */
  public static boolean isAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7e || (c < 0x20 && c != '\t')) {
        return false;
      }
    }
    return true;
  }
}
