package dev.logwright.examples.remote;

import dev.logwright.Handler;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.Threshold;
import dev.logwright.annotations.ToHttp;
import dev.logwright.annotations.ToSmtp;

/**
 * Records POSTed to a collector at {@code ${HTTP_HOST}}, and CRITICAL records mailed through
 * {@code ${SMTP_HOST}:${SMTP_PORT}} with STARTTLS. Every address and secret is a placeholder,
 * resolved at start-up from system properties or the environment.
 */
@LoggingConfig(root = @RootLogger(level = "INFO", handlers = {"collector", "mail"}))
public interface RemoteLogging extends AutoCloseable {
  @ToHttp(host = "${HTTP_HOST:-127.0.0.1:8080}", url = "/log", method = "POST")
  Handler collector();

  @ToSmtp(mailhost = "${SMTP_HOST:-127.0.0.1}:${SMTP_PORT:-25}", fromaddr = "${SMTP_FROM:-app@localhost}",
      toaddrs = "${SMTP_TO:-ops@localhost}", subject = "Logwright example: critical error",
      username = "${SMTP_USER:-}", password = "${SMTP_PASSWORD:-}", secure = true)
  @Threshold("CRITICAL")
  Handler mail();

  @Override
  void close();
}
