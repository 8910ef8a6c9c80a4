package app;

import dev.logwright.Handler;
import dev.logwright.Logger;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggerConfig;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.Threshold;
import dev.logwright.annotations.ToQueue;
import dev.logwright.annotations.ToRotatingFile;
import dev.logwright.annotations.ToStream;
import dev.logwright.annotations.ToSysLog;
import dev.logwright.annotations.WhenFull;

@LoggingConfig(root = @RootLogger(level = "INFO", handlers = {"console", "file"}))
public interface AppLogging extends AutoCloseable {
  @ToStream(target = "stderr")
  @LogFormat("%(levelname)s:%(name)s:%(message)s")
  Handler console();

  @ToRotatingFile(filename = "${LOG_DIR:-logs}/app.log", maxBytes = 10_485_760, backupCount = 5)
  @LogFormat("%(asctime)s %(levelname)-8s %(name)s: %(message)s")
  @Threshold("DEBUG")
  Handler file();

  @ToSysLog(address = "/dev/log", facility = "local0")
  Handler syslog();

  @ToQueue(handlers = {"file", "syslog"}, respectHandlerLevel = true)
  Handler background();

  @LoggerConfig(name = "app.db", level = "WARNING", handlers = "background", propagate = false)
  Logger db();

  @ToQueue(handlers = "file", capacity = 8192, whenFull = WhenFull.WAIT)
  Handler audit();

  @LoggerConfig(name = "app.audit", handlers = "audit", propagate = false)
  Logger auditLogger();
}
