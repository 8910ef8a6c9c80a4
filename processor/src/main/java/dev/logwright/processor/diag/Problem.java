package dev.logwright.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports: a stable tag, a kind and a template ({@link
 * String#format}) that says what is wrong, the value found, and how to fix it.
 */
public enum Problem {
  NOT_AN_INTERFACE("@LoggingConfig is on %s %s, but must be on an interface; declare it as `interface %2$s`"),
  GENERIC_INTERFACE("@LoggingConfig interface %s has type parameters; remove them"),
  PRIVATE_INTERFACE("@LoggingConfig interface %s is private; make it package-private or public so the generated pipeline can implement it"),
  INHERITED_METHOD("abstract method %s() comes from %s, but the pipeline implements only methods declared in %s; redeclare it there with its annotation, or give it a default body"),
  UNANNOTATED_METHOD("method %s() has no handler annotation (@ToStream, @ToFile, …) and no @LoggerConfig; annotate it, or make it a default or static method"),
  TWO_HANDLER_KINDS("method %s() has several handler annotations (%s); keep exactly one"),
  HANDLER_AND_LOGGER("method %s() has both a handler annotation and @LoggerConfig; a method declares either a handler or a logger"),
  METHOD_HAS_PARAMETERS("handler method %s() must take no parameters but takes %d; remove them"),
  WRONG_RETURN_TYPE("handler method %s() returns %s, but a @%s method must return dev.logwright.Handler or %s"),
  LOGGER_RETURN_TYPE("logger method %s() returns %s, but a @LoggerConfig method must return dev.logwright.Logger"),
  GENERIC_METHOD("method %s() has type parameters; remove them"),
  SHARED_ON_NON_HANDLER("@%s on %s() has no effect: it only applies to handler methods; remove it"),
  HOOK_ON_WRONG_KIND("@%s on %s() has no effect: only @ToRotatingFile and @ToTimedRotatingFile handlers rotate; remove it"),
  BUFFERED_ON_WRONG_KIND("@Buffered on %s() has no effect: a @%s handler is not a stream handler; only @ToStream, @ToFile, @ToWatchedFile, @ToRotatingFile and @ToTimedRotatingFile buffer, remove it"),
  UNKNOWN_LEVEL("unknown level '%s'; use DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET or a number ≥ 0%s"),
  UNKNOWN_STREAM_TARGET("unknown stream target '%s'; use \"stderr\" or \"stdout\""),
  UNKNOWN_CHARSET("unknown encoding '%s'; use a charset name the JDK knows, such as \"UTF-8\" or \"ISO-8859-1\", or \"\" for UTF-8"),
  UNKNOWN_MODE("unknown file mode '%s'; use \"a\" to append or \"w\" to truncate"),
  EMPTY_FILENAME("filename is empty; give the path of the log file"),
  NEGATIVE("%s must be ≥ 0 but was %s; %s"),
  NOT_POSITIVE("%s must be > 0 but was %s; %s"),
  WHEN_FULL_WITHOUT_CAPACITY("whenFull = %s applies only to a bounded queue, but capacity is 0 (an unbounded queue is never full); set capacity > 0 for a ring buffer, or remove whenFull"),
  UNKNOWN_WHEN("unknown when '%s'; use S, M, H, D, midnight or W0–W6 (Monday–Sunday)"),
  WEEKDAY_OUT_OF_RANGE("weekday in when '%s' must be 0–6 (W0 = Monday … W6 = Sunday)"),
  AT_TIME_IGNORED("atTime '%s' is ignored when when = '%s': only \"midnight\" and W0–W6 roll over at a time of day; remove atTime or change when"),
  BAD_AT_TIME("atTime '%s' is not a time of day; write \"HH:MM\" or \"HH:MM:SS\" (24-hour)"),
  BAD_PORT("port must be 0–65535 but was %d"),
  EMPTY_HOST("host is empty; give a host name or address, e.g. \"localhost\""),
  UNKNOWN_FACILITY("unknown syslog facility '%s'%s; use one of %s"),
  UNKNOWN_PRIORITY("unknown syslog priority '%s'%s; use one of %s"),
  BAD_PRIORITY_ENTRY("priorityMap entry '%s' is not \"LEVELNAME=priority\", e.g. \"TRACE=debug\""),
  UNKNOWN_SOCKTYPE("unknown socktype '%s'; use \"dgram\" (UDP) or \"stream\" (TCP)"),
  BAD_SYSLOG_ADDRESS("syslog address '%s' is neither \"host:port\" nor a socket path starting with '/'"),
  UNKNOWN_LOGTYPE("unknown event log type '%s'; use \"Application\", \"System\" or \"Security\""),
  EMPTY_VALUE("%s is empty; %s"),
  UNKNOWN_HTTP_METHOD("unknown HTTP method '%s'; use \"GET\" or \"POST\""),
  CREDENTIALS_IN_CLEAR("credentials would be sent in clear text over %s; set secure = true"),
  LITERAL_SECRET("the password is a literal; write a placeholder such as \"${%s}\" and supply the value at start-up"),
  PASSWORD_WITHOUT_USER("a password is given without a username; set username or remove password"),
  MALFORMED_PLACEHOLDER("malformed placeholder in '%s' at %d: %s; write ${NAME} or ${NAME:-default}"),
  UNKNOWN_STYLE("unknown format style '%s'; use \"%%\", \"{\" or \"$\""),
  UNKNOWN_FORMAT_KEY("'%s' is not a record attribute; use one of %s%s"),
  BAD_FORMAT("format '%s' does not parse as a '%s' style format: %s"),
  UNSUPPORTED_CONVERSION("conversion '%s' is not compiled yet; use %%(name)s-style conversions without '*', {name}, {name!r}, {name:spec} or $name"),
  SPEC_TYPE("'%s' does not fit %s: Python would raise \"Unknown format code\" for every record; use a spec of its type"),
  CONVERSION_TYPE("'%s' formats %s with %%%s, which needs %s; use %%s"),
  NO_FIELDS("format '%s' names no record attribute, so every record would print the same text; add %s"),
  UNKNOWN_HANDLER_REFERENCE("'%s' names no handler method of %s; use one of %s"),
  SELF_REFERENCE("%s() names itself in %s; name another handler method"),
  CYCLE("handler methods form a cycle: %s; break it"),
  DUPLICATE_REFERENCE("'%s' is listed twice in %s; list each handler once"),
  EMPTY_HANDLERS("%s names no handler; list at least one handler method"),
  SAME_FILE("%s() and %s() both write '%s'; two handlers on one file corrupt each other's rollovers, give each its own file"),
  HOOK_METHOD_MISSING("@%s(\"%s\") names no default or static method of %s; declare `%s`"),
  HOOK_SIGNATURE("@%s(\"%s\") must have the signature `%s`, but %s() is `%s`"),
  FILTER_NOT_A_FILTER("filter class %s does not implement dev.logwright.Filter"),
  FILTER_NO_CONSTRUCTOR("filter class %s has no accessible no-argument constructor; add `public %s() {}`"),
  FILTER_ABSTRACT("filter class %s is abstract or an interface; name a concrete class"),
  EMPTY_LOGGER_NAME("logger name is empty; name a logger such as \"app.db\" (the root is configured by @LoggingConfig(root = …))"),
  DUPLICATE_LOGGER("logger '%s' is declared by both %s() and %s(); declare each logger once"),
  UNUSED_HANDLER("handler %s() is attached to no logger, memory or queue handler; add it to root or a @LoggerConfig, or suppress this warning with @SuppressWarnings(\"logwright:unused-handler\")", Diagnostic.Kind.WARNING),
  NAME_CLASH("method %s() clashes with the generated pipeline's own %s; rename the method"),
  KIND_NOT_GENERATED("@%s is checked but its handler is not generated yet; build this handler by hand with the runtime API for now"),
  UNEXPECTED("Logwright's processor failed on %s: %s. Please report a bug with this interface at https://github.com/logwright/logwright/issues"),

  // Typed loggers (@MessageLogger / @Log)
  MESSAGE_LOGGER_NOT_AN_INTERFACE("@MessageLogger is on %s %s, but must be on an interface; declare it as `interface %2$s`"),
  MESSAGE_LOGGER_PRIVATE("@MessageLogger interface %s is private; make it package-private or public so the generated %s can implement it"),
  MESSAGE_LOGGER_GENERIC("@MessageLogger interface %s has type parameters; remove them"),
  INVALID_LOGGER_NAME("logger name '%s' is not a dotted name: %s; write a name such as \"app.orders\""),
  DUPLICATE_MESSAGE_LOGGER("logger '%s' is already the logger of @MessageLogger %s; give each interface its own logger name, or merge the two"),
  UNANNOTATED_MESSAGE_METHOD("method %s() of a @MessageLogger interface has no @Log; annotate it with @Log(level = …, message = …), or make it a default or static method"),
  MESSAGE_METHOD_RETURN("@Log method %s() returns %s; a logging method must return void"),
  MESSAGE_METHOD_GENERIC("@Log method %s() has type parameters; remove them"),
  MESSAGE_METHOD_VARARGS("@Log method %s() takes varargs; declare each argument as its own parameter"),
  THROWABLE_NOT_LAST("parameter %s of %s() is a Throwable but not the last parameter; only a last Throwable is the record's exception, move it to the end"),
  BAD_MESSAGE("message '%s' does not parse at index %d: %s"),
  PLACEHOLDER_COUNT("message '%s' has %d placeholder(s) but %s() passes %d argument(s)%s; make them agree"),
  PLACEHOLDER_TYPE("'%s' at index %d of the message cannot format parameter %s of type %s; %s"),
  MESSAGE_METHOD_NAMED_CREATE("@Log method create() would clash with the generated factories %s.create(); rename it");

  private final String template;
  private final Diagnostic.Kind kind;

  Problem(String template) {
    this(template, Diagnostic.Kind.ERROR);
  }

  Problem(String template, Diagnostic.Kind kind) {
    this.template = template;
    this.kind = kind;
  }

  /** Returns the stable tag that starts the message, e.g. {@code [Logwright:UNKNOWN_WHEN]}. */
  public String tag() {
    return "[Logwright:" + name() + "]";
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** Returns the tagged message with {@code args} filled in. */
  public String format(Object... args) {
    return tag() + " " + String.format(Locale.ROOT, template, args);
  }
}
