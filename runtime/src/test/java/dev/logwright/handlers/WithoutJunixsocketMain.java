package dev.logwright.handlers;

import dev.logwright.LogRecord;

/**
 * Run by {@link WithoutJunixsocketTest} in a JVM whose class path lacks junixsocket: tries a
 * Unix socket with each handler and prints what happens.
 */
public final class WithoutJunixsocketMain {
  private WithoutJunixsocketMain() {}

  public static void main(String[] args) {
    String path = args[0];
    try {
      new SysLogHandler(path).close();
      System.out.println("SYSLOG constructed");
    } catch (IllegalStateException e) {
      System.out.println("SYSLOG " + e.getMessage());
    }
    try (SocketHandler handler = new SocketHandler(path, null)) {
      handler.handle(new LogRecord("x", 20, null, 0, "m", null, null, null, null));
      System.out.println("SOCKET returned");
    }
  }
}
