package exec;

import dev.logwright.Handler;
import dev.logwright.annotations.*;

@LoggingConfig(root = @RootLogger(level = "DEBUG", handlers = {"background", "buffer", "console"}))
public interface QueueLogging {
  @ToFile(filename = "${LW_DIR}/queued.log")
  @LogFormat("%(levelname)s %(name)s %(message)s")
  Handler file();

  @ToQueue(handlers = "file")
  Handler background();

  @ToFile(filename = "${LW_DIR}/buffered.log")
  @LogFormat("%(levelname)s %(message)s")
  Handler sink();

  @ToMemory(capacity = 3, target = "sink")
  Handler buffer();

  @ToStream(target = "stdout", terminator = "\r\n")
  @LogFormat("%(levelname)s:%(name)s:%(message)s")
  Handler console();
}
