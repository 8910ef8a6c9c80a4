package dev.logwright.processor.model;

import java.util.List;

/**
 * One handler method of a configuration interface: the parts all handlers share, and per kind
 * the parameters of the handler's constructor, checked and ready to emit.
 */
public sealed interface HandlerModel {
  HandlerCommon common();

  /** Returns the handler methods this one passes records to (memory target, queue handlers). */
  default List<String> dependencies() {
    return List.of();
  }

  /** Returns the file this handler writes, for the check that no two handlers share one. */
  default String file() {
    return null;
  }

  /** A namer or rotator hook: a method of the interface, static or default. */
  record Hook(String method, boolean isStatic) {}

  record Stream(HandlerCommon common, boolean stdout, String encoding, String terminator)
      implements HandlerModel {}

  record File(HandlerCommon common, Text filename, String mode, String encoding, boolean delay)
      implements HandlerModel {
    @Override
    public String file() {
      return filename.raw();
    }
  }

  record Null(HandlerCommon common) implements HandlerModel {}

  record WatchedFile(HandlerCommon common, Text filename, String mode, String encoding, boolean delay)
      implements HandlerModel {
    @Override
    public String file() {
      return filename.raw();
    }
  }

  record RotatingFile(
      HandlerCommon common,
      Text filename,
      String mode,
      long maxBytes,
      int backupCount,
      String encoding,
      boolean delay,
      Hook namer,
      Hook rotator)
      implements HandlerModel {
    @Override
    public String file() {
      return filename.raw();
    }
  }

  record TimedRotatingFile(
      HandlerCommon common,
      Text filename,
      String when,
      int interval,
      int backupCount,
      String encoding,
      boolean delay,
      boolean utc,
      String atTime,
      Hook namer,
      Hook rotator)
      implements HandlerModel {
    @Override
    public String file() {
      return filename.raw();
    }
  }

  record Socket(HandlerCommon common, Text host, int port) implements HandlerModel {}

  record Datagram(HandlerCommon common, Text host, int port) implements HandlerModel {}

  /**
   * {@code host} is null for a Unix-domain socket at {@code path}. {@code socktype} is {@code
   * "dgram"}, {@code "stream"}, or {@code ""} when not given (UDP; a Unix socket tries both).
   */
  record SysLog(
      HandlerCommon common,
      Text host,
      Text port,
      Text path,
      String facility,
      String socktype,
      String ident,
      boolean appendNul,
      java.util.Map<String, String> priorityMap)
      implements HandlerModel {}

  record NTEventLog(HandlerCommon common, String appname, String dllname, String logtype)
      implements HandlerModel {}

  /** {@code mailport} 0 means the default port, 25. */
  record Smtp(
      HandlerCommon common,
      Text mailhost,
      Text mailport,
      Text fromaddr,
      List<Text> toaddrs,
      Text subject,
      Text username,
      Text password,
      boolean secure,
      double timeout)
      implements HandlerModel {}

  record Http(
      HandlerCommon common,
      Text host,
      Text url,
      String method,
      boolean secure,
      Text username,
      Text password)
      implements HandlerModel {}

  record Memory(HandlerCommon common, int capacity, int flushLevel, String target, boolean flushOnClose)
      implements HandlerModel {
    @Override
    public List<String> dependencies() {
      return target.isEmpty() ? List.of() : List.of(target);
    }
  }

  /** {@code capacity} 0 is unbounded; {@code whenFull} ("DROP" or "WAIT") applies to a bounded one. */
  record Queue(HandlerCommon common, List<String> handlers, boolean respectHandlerLevel, int capacity,
      String whenFull)
      implements HandlerModel {
    @Override
    public List<String> dependencies() {
      return handlers;
    }
  }
}
