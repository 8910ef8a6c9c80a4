package net;

import dev.logwright.Handler;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.Threshold;
import dev.logwright.annotations.ToDatagram;
import dev.logwright.annotations.ToHttp;
import dev.logwright.annotations.ToMemory;
import dev.logwright.annotations.ToNTEventLog;
import dev.logwright.annotations.ToSmtp;
import dev.logwright.annotations.ToSocket;
import dev.logwright.annotations.ToSysLog;

@LoggingConfig(root = @RootLogger(level = "WARNING", handlers = {"tcp", "udp", "alerts", "web", "collector", "events"}))
public interface NetworkLogging {
  @ToSocket(host = "${LOG_HOST:-localhost}", port = 9020)
  Handler tcp();

  @ToDatagram(host = "127.0.0.1", port = 9021)
  Handler udp();

  @ToSmtp(mailhost = "${SMTP_HOST}:587", fromaddr = "app@example.com",
      toaddrs = {"ops@example.com", "${ONCALL}"}, subject = "Application error",
      username = "${SMTP_USER}", password = "${SMTP_PASSWORD}", secure = true, timeout = 2.5)
  Handler mail();

  @ToMemory(capacity = 50, flushLevel = "CRITICAL", target = "mail", flushOnClose = false)
  @Threshold("ERROR")
  Handler alerts();

  @ToHttp(host = "logs.example.com:8443", url = "/ingest", method = "POST", secure = true,
      username = "app", password = "${HTTP_PASSWORD}")
  Handler web();

  @ToSysLog(address = "logs.example.com:6514", socktype = "stream", facility = "daemon",
      ident = "app: ", appendNul = false, priorityMap = {"TRACE=debug", "NOTICE=notice"})
  Handler collector();

  @ToNTEventLog(appname = "Example App", logtype = "System")
  Handler events();
}
