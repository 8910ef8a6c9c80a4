package exec;

import dev.logwright.Handler;
import dev.logwright.annotations.*;

@LoggingConfig(root = @RootLogger(level = "DEBUG", handlers = {"background", "ringed", "buffer", "console"}))
public interface QueueLogging {
  @ToFile(filename = "${LW_DIR}/queued.log")
  @LogFormat("%(levelname)s %(name)s %(message)s")
  Handler file();

  @ToQueue(handlers = "file")
  Handler background();

  @ToFile(filename = "${LW_DIR}/ringed.log")
  @LogFormat("%(levelname)s %(funcName)s %(message)s")
  Handler ringFile();

  @ToQueue(handlers = "ringFile", capacity = 1024, whenFull = WhenFull.WAIT)
  Handler ringed();

  @ToFile(filename = "${LW_DIR}/buffered.log")
  @LogFormat("%(levelname)s %(message)s")
  Handler sink();

  @ToMemory(capacity = 3, target = "sink")
  Handler buffer();

  @ToStream(target = "stdout", terminator = "\r\n")
  @LogFormat("%(levelname)s:%(name)s:%(message)s")
  Handler console();
}
