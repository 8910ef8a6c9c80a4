package dev.logwright.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SASL mechanisms {@code smtplib.SMTP.login} uses, each answering the server's {@code 334}
 * challenges as Python does: PLAIN and LOGIN send an initial response, CRAM-MD5 answers the
 * challenge with {@code user} and the hex HMAC-MD5 of it keyed by the password.
 */
final class SmtpAuth {
  private SmtpAuth() {}

  static SmtpReply authenticate(SmtpClient client, String mechanism, String user,
      String password) throws IOException {
    SmtpReply r;
    String secret;
    switch (mechanism) {
      case "PLAIN":
        secret = b64("\0" + user + "\0" + password);
        r = client.command("AUTH PLAIN " + secret);
        break;
      case "LOGIN":
        secret = b64(password);
        r = client.command("AUTH LOGIN " + b64(user));
        r = r.code == 334 ? client.command(secret) : r;
        break;
      case "CRAM-MD5":
        r = client.command("AUTH CRAM-MD5");
        if (r.code != 334) {
          return r;
        }
        byte[] challenge = Base64.getMimeDecoder().decode(String.valueOf(r.firstLine()));
        secret = b64(user + " " + hmacMd5Hex(password, challenge));
        r = client.command(secret);
        break;
      default:
        throw new IllegalArgumentException("mechanism: " + mechanism);
    }
    return redacted(r, secret);
  }

  /** Some servers echo the failed line; the error report must not carry the password. */
  private static SmtpReply redacted(SmtpReply r, String secret) {
    List<String> lines = new ArrayList<>(r.lines.size());
    for (String line : r.lines) {
      lines.add(line.replace(secret, "***"));
    }
    return new SmtpReply(r.code, lines);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String hmacMd5Hex(String password, byte[] challenge) throws IOException {
    try {
      Mac mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
      byte[] digest = mac.doFinal(challenge);
      StringBuilder hex = new StringBuilder(32);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IOException("CRAM-MD5 needs HmacMD5", e);
    }
  }
}
