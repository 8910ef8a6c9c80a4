package dev.logwright.examples.syslog;

import dev.logwright.Handler;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToSysLog;

/** Syslog over UDP to {@code ${SYSLOG_HOST}:${SYSLOG_PORT}} (default {@code 127.0.0.1:514}), facility local0. */
@LoggingConfig(root = @RootLogger(level = "INFO", handlers = "syslog"))
public interface SyslogLogging extends AutoCloseable {
  @ToSysLog(address = "${SYSLOG_HOST:-127.0.0.1}:${SYSLOG_PORT:-514}", facility = "local0",
      ident = "logwright-example: ")
  @LogFormat("%(name)s[%(levelname)s] %(message)s")
  Handler syslog();

  @Override
  void close();
}
