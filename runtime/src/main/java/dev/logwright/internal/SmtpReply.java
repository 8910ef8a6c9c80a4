package dev.logwright.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One SMTP server reply: its code and the text of each of its lines. */
final class SmtpReply {
  final int code;
  final List<String> lines;

  SmtpReply(int code, List<String> lines) {
    this.code = code;
    this.lines = lines;
  }

  @Nullable String firstLine() {
    return lines.isEmpty() ? null : lines.get(0);
  }

  @Override
  public String toString() {
    return code + " " + String.join(" / ", lines);
  }
}
