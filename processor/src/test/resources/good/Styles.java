package styles;

import dev.logwright.Handler;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToStream;

@LoggingConfig(root = @RootLogger(handlers = {"percent", "brace", "template"}))
public interface Styles {
  @ToStream
  @LogFormat(value = "%(asctime)s %(levelname)-8s [%(lineno)05d] %(message)s", datefmt = "%H:%M:%S")
  Handler percent();

  @ToStream
  @LogFormat(style = "{", value = "{asctime} {levelname:<8} {name:>12.12} {{{message}}}")
  Handler brace();

  @ToStream
  @LogFormat(style = "$", value = "$levelname ${name}: $message ($$)")
  Handler template();
}
