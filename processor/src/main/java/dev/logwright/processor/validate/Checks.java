package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.Text;
import java.nio.charset.Charset;

/** Checks several handler kinds share: files, modes, encodings, sizes, hosts and ports. */
final class Checks {
  private Checks() {}

  /** Returns the filename as {@link Text}, or null after reporting it. */
  static Text filename(Attributes attrs, ValidationContext ctx) {
    String raw = attrs.string("filename");
    if (raw.isEmpty()) {
      ctx.report(Problem.EMPTY_FILENAME, attrs.origin("filename"));
      return null;
    }
    return PlaceholderValidator.check(raw, attrs.origin("filename"), ctx);
  }

  /** Returns whether {@code mode} is {@code "a"} or {@code "w"}, reporting it otherwise. */
  static boolean mode(Attributes attrs, ValidationContext ctx) {
    String mode = attrs.string("mode");
    if (mode.equals("a") || mode.equals("w")) {
      return true;
    }
    ctx.report(Problem.UNKNOWN_MODE, attrs.origin("mode"), mode);
    return false;
  }

  /** Returns whether {@code encoding} is empty or a charset the JDK knows, reporting it otherwise. */
  static boolean encoding(Attributes attrs, ValidationContext ctx) {
    String name = attrs.string("encoding");
    try {
      if (name.isEmpty() || Charset.isSupported(name)) {
        return true;
      }
    } catch (IllegalArgumentException e) {
      // An illegal charset name: reported below like an unknown one.
    }
    ctx.report(Problem.UNKNOWN_CHARSET, attrs.origin("encoding"), name);
    return false;
  }

  /** Returns whether the numeric attribute {@code name} is ≥ 0, reporting it with {@code fix}. */
  static boolean nonNegative(Attributes attrs, String name, String fix, ValidationContext ctx) {
    long value = attrs.longValue(name);
    if (value >= 0) {
      return true;
    }
    ctx.report(Problem.NEGATIVE, attrs.origin(name), name, value, fix);
    return false;
  }

  /**
   * Splits {@code host:port} at the last colon outside placeholders; returns {@code [host, port]},
   * or null when there is no such colon or the port is neither 0–65535 nor one placeholder (whose
   * default, if any, is a number).
   */
  static Text[] hostAndPort(String raw) {
    int colon = -1;
    int depth = 0;
    for (int i = 0; i < raw.length(); i++) {
      if (raw.startsWith("${", i)) {
        depth++;
      } else if (raw.charAt(i) == '}' && depth > 0) {
        depth--;
      } else if (raw.charAt(i) == ':' && depth == 0) {
        colon = i;
      }
    }
    String port = colon < 0 ? "" : raw.substring(colon + 1);
    boolean digits = port.matches("[0-9]{1,5}") && Integer.parseInt(port) <= 65535;
    boolean placeholder = port.matches("\\$\\{[A-Za-z_][A-Za-z0-9_.]*(:-[0-9]{1,5})?}");
    if (colon <= 0 || !(digits || placeholder)) {
      return null;
    }
    return new Text[] {new Text(raw.substring(0, colon)), new Text(port)};
  }

  /** Returns the host as {@link Text}, or null after reporting it. */
  static Text host(Attributes attrs, String name, ValidationContext ctx) {
    String raw = attrs.string(name);
    if (raw.isEmpty()) {
      ctx.report(Problem.EMPTY_HOST, attrs.origin(name));
      return null;
    }
    return PlaceholderValidator.check(raw, attrs.origin(name), ctx);
  }

  /** Returns whether the {@code port} attribute is 0–65535, reporting it otherwise. */
  static boolean port(Attributes attrs, ValidationContext ctx) {
    int port = attrs.integer("port");
    if (port >= 0 && port <= 65535) {
      return true;
    }
    ctx.report(Problem.BAD_PORT, attrs.origin("port"), port);
    return false;
  }

  /** Returns {@code name}'s value as {@link Text}, or null after reporting a bad placeholder. */
  static Text text(Attributes attrs, String name, ValidationContext ctx) {
    return PlaceholderValidator.check(attrs.string(name), attrs.origin(name), ctx);
  }

  /**
   * Checks credentials: a password needs a username, must be a placeholder, and must not travel
   * in clear text ({@code secure} false, described by {@code channel}).
   */
  static boolean credentials(Attributes attrs, String channel, ValidationContext ctx) {
    String user = attrs.string("username");
    String password = attrs.string("password");
    if (user.isEmpty() && password.isEmpty()) {
      return true;
    }
    boolean ok = true;
    if (user.isEmpty()) {
      ctx.report(Problem.PASSWORD_WITHOUT_USER, attrs.origin("password"));
      ok = false;
    }
    if (!password.isEmpty() && !password.contains("${")) {
      ctx.report(Problem.LITERAL_SECRET, attrs.origin("password"), channel.startsWith("SMTP") ? "SMTP_PASSWORD" : "HTTP_PASSWORD");
      ok = false;
    }
    if (!attrs.bool("secure")) {
      ctx.report(Problem.CREDENTIALS_IN_CLEAR, attrs.origin("secure").value() != null ? attrs.origin("secure") : attrs.origin("username"), channel);
      ok = false;
    }
    return ok;
  }
}
