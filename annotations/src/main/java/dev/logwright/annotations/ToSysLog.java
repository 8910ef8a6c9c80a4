package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code SysLogHandler}: sends {@code <PRI>ident message} to a syslog daemon over UDP, TCP or a
 * Unix-domain socket.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToSysLog {
  /**
   * {@code "host:port"} for UDP/TCP, or a path (starting with {@code /}) of a Unix-domain socket
   * such as {@code "/dev/log"}. Default {@code "localhost:514"}.
   */
  String address() default "localhost:514";

  /** The facility name ({@code "user"}, default; {@code "local0"}–{@code "local7"}, {@code "daemon"} …). */
  String facility() default "user";

  /** {@code "dgram"} (default, UDP) or {@code "stream"} (TCP); a Unix socket tries both. */
  String socktype() default "dgram";

  /** Text put before each message, e.g. {@code "myapp: "}; default none. */
  String ident() default "";

  /** Append a NUL byte to each message, as Python does by default; default {@code true}. */
  boolean appendNul() default true;

  /**
   * Extra entries of Python's {@code priority_map}, each {@code "LEVELNAME=priority"} (e.g.
   * {@code "TRACE=debug"}, {@code "NOTICE=notice"}); the priority is one of the spec's names
   * ({@code emerg}, {@code alert}, {@code crit}, {@code err}, {@code warning}, {@code notice},
   * {@code info}, {@code debug} and their aliases). Default none: DEBUG→debug, INFO→info,
   * WARNING→warning, ERROR→error, CRITICAL→critical, anything else→warning.
   */
  String[] priorityMap() default {};
}
