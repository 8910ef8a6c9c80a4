package dev.logwright.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The text message Python's {@code SMTPHandler} sends: an {@code email.message.EmailMessage}
 * with {@code From}, {@code To}, {@code Subject}, {@code Date} and the record's text set by
 * {@code set_content}, flattened with CRLF line ends as {@code smtplib.send_message} does.
 *
 * <p>The body's transfer encoding follows {@code email.contentmanager}: {@code 7bit} for ASCII
 * and {@code 8bit} for other text while no line exceeds 78 bytes; otherwise quoted-printable or
 * Base64, whichever is shorter over the first ten lines. Line ends in the text (CR, LF, CRLF)
 * become CRLF, and the body ends with one.
 */
public final class MailMessage {
  private static final int MAX_LINE = Rfc2047.MAX_LINE_LENGTH;
  private static final byte[] CRLF = {'\r', '\n'};
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ROOT);

  private MailMessage() {}

  /** Returns Python's {@code email.utils.format_datetime} of {@code date}. */
  public static String formatDate(ZonedDateTime date) {
    return DATE.format(date);
  }

  /**
   * Returns the whole message, headers and body, with CRLF line ends (not yet dot-stuffed).
   *
   * @throws IllegalArgumentException if a header value contains CR or LF
   */
  public static byte[] build(String from, String to, String subject, ZonedDateTime date, String text) {
    List<byte[]> lines = splitLines(text.getBytes(StandardCharsets.UTF_8));
    String cte = transferEncoding(lines);
    StringBuilder head = new StringBuilder(256);
    head.append(plainHeader("From", from)).append("\r\n");
    head.append(plainHeader("To", to)).append("\r\n");
    head.append(Rfc2047.header("Subject", subject)).append("\r\n");
    head.append("Date: ").append(formatDate(date)).append("\r\n");
    head.append("Content-Type: text/plain; charset=\"utf-8\"\r\n");
    head.append("Content-Transfer-Encoding: ").append(cte).append("\r\n");
    head.append("MIME-Version: 1.0\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + text.length() + 64);
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    out.write(headBytes, 0, headBytes.length);
    writeBody(out, lines, cte);
    return out.toByteArray();
  }

  /** An address header, written as given: Python parses and refolds these, we keep them. */
  private static String plainHeader(String name, String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "Header values may not contain linefeed or carriage return characters: " + name);
    }
    return name + ": " + value;
  }

  /** Splits as Python's {@code bytes.splitlines()}: at CRLF, CR or LF, no empty last line. */
  static List<byte[]> splitLines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < bytes.length) {
      byte b = bytes[i];
      if (b == '\r' || b == '\n') {
        lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
        i += b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < bytes.length) {
      lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }

  /** Chooses the transfer encoding as {@code email.contentmanager._encode_text} does. */
  static String transferEncoding(List<byte[]> lines) {
    int longest = 0;
    boolean ascii = true;
    for (byte[] line : lines) {
      longest = Math.max(longest, line.length);
      for (byte b : line) {
        ascii &= b >= 0;
      }
    }
    if (longest <= MAX_LINE) {
      return ascii ? "7bit" : "8bit";
    }
    List<byte[]> sniff = lines.subList(0, Math.min(10, lines.size()));
    int qp = QuotedPrintable.encode(sniff, MAX_LINE).length();
    int b64 = (joinedLength(sniff) + 2) / 3 * 4 + 1;  // binascii.b2a_base64 adds a newline
    return qp > b64 ? "base64" : "quoted-printable";
  }

  private static int joinedLength(List<byte[]> lines) {
    int n = 0;
    for (byte[] line : lines) {
      n += line.length + 1;
    }
    return n;
  }

  private static void writeBody(ByteArrayOutputStream out, List<byte[]> lines, String cte) {
    if (cte.equals("7bit") || cte.equals("8bit")) {
      if (lines.isEmpty()) {
        out.write(CRLF, 0, 2);  // Python's body is b'\n'.join([]) + b'\n'
      }
      for (byte[] line : lines) {
        out.write(line, 0, line.length);
        out.write(CRLF, 0, 2);
      }
    } else if (cte.equals("quoted-printable")) {
      byte[] qp = QuotedPrintable.encode(lines, MAX_LINE).replace("\n", "\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      out.write(qp, 0, qp.length);
    } else {
      writeBase64(out, lines);
    }
  }

  /** Base64 of the LF-joined text, 57 bytes (76 characters) a line, as {@code _encode_base64}. */
  private static void writeBase64(ByteArrayOutputStream out, List<byte[]> lines) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      joined.write(line, 0, line.length);
      joined.write('\n');
    }
    byte[] data = joined.toByteArray();
    int perLine = MAX_LINE / 4 * 3;
    Base64.Encoder encoder = Base64.getEncoder();
    for (int i = 0; i < data.length; i += perLine) {
      byte[] chunk = java.util.Arrays.copyOfRange(data, i, Math.min(data.length, i + perLine));
      byte[] encoded = encoder.encode(chunk);
      out.write(encoded, 0, encoded.length);
      out.write(CRLF, 0, 2);
    }
  }
}
