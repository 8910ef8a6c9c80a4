package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An {@code NTEventLogHandler}: writes to the Windows event log (needs JNA at run time). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToNTEventLog {
  /** The application name shown in the event log; must not be empty. */
  String appname();

  /** The message DLL; {@code ""} (default) means Python's {@code win32service.pyd}. */
  String dllname() default "";

  /** The log: {@code "Application"} (default), {@code "System"} or {@code "Security"}. */
  String logtype() default "Application";
}
