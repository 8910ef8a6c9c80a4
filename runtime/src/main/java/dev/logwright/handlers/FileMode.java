package dev.logwright.handlers;

/**
 * A Python {@code open()} mode as far as a logging file handler uses it: one of {@code a}
 * (append, create if missing), {@code w} (truncate, create if missing) or {@code x} (create, fail
 * if present), optionally with {@code b} or {@code t} and with {@code +}, in any order. Text and
 * binary forms behave the same here: the handler always writes encoded text. {@code r} is
 * refused because a file opened for reading cannot take records.
 */
final class FileMode {
  static final String ALLOWED =
      "'a', 'w' or 'x', optionally with 'b' or 't' and '+' (e.g. \"a\", \"ab\", \"w+\", \"xt\")";

  /** Python's {@code "a"}: append, creating the file if missing. */
  static final FileMode APPEND = new FileMode("a", 'a');

  private final String text;
  private final char kind;

  private FileMode(String text, char kind) {
    this.text = text;
    this.kind = kind;
  }

  /** Parses {@code mode}, naming the allowed forms when it is not one of them. */
  static FileMode parse(String mode) {
    if (mode == null) {
      throw new NullPointerException("mode == null");
    }
    char kind = 0;
    boolean update = false;
    boolean textOrBinary = false;
    for (int i = 0; i < mode.length(); i++) {
      char c = mode.charAt(i);
      if ((c == 'a' || c == 'w' || c == 'x') && kind == 0) {
        kind = c;
      } else if ((c == 'b' || c == 't') && !textOrBinary) {
        textOrBinary = true;
      } else if (c == '+' && !update) {
        update = true;
      } else {
        throw invalid(mode);
      }
    }
    if (kind == 0) {
      throw invalid(mode);
    }
    return new FileMode(mode, kind);
  }

  private static IllegalArgumentException invalid(String mode) {
    return new IllegalArgumentException("mode '" + mode + "' is not a mode a log file can be "
        + "opened with; allowed: " + ALLOWED);
  }

  /** Returns whether opening truncates an existing file ({@code w} forms). */
  boolean truncates() {
    return kind == 'w';
  }

  /** Returns whether opening fails if the file exists ({@code x} forms). */
  boolean exclusive() {
    return kind == 'x';
  }

  /** Returns whether writes go to the end of the file ({@code a} forms). */
  boolean appends() {
    return kind == 'a';
  }

  @Override
  public String toString() {
    return text;
  }
}
