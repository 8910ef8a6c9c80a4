package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.logwright.processor.diag.Problem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verifies that each invalid configuration is a compile error (or warning) on the line at fault,
 * with a message naming the problem and its fix, and that nothing is generated for it.
 */
class DiagnosticsTest {
  /** One invalid configuration: its methods, the message expected, and a text on its line. */
  record Case(String name, String source, String message, String line) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String STREAM_H = "@ToStream Handler h();";

  /** A configuration whose root logs to handler {@code h}. */
  private static String cfg(String... methods) {
    return "@LoggingConfig(root = @RootLogger(handlers = \"h\"))\npublic interface Config {\n  "
        + String.join("\n  ", methods) + "\n}";
  }

  private static Case c(String name, String source, String message, String line) {
    return new Case(name, source, message, line);
  }

  static Stream<Case> errors() {
    return Stream.of(
        // Timed rotation
        c("unknown when", cfg("@ToTimedRotatingFile(filename = \"a.log\", when = \"fortnight\") Handler h();"),
            "[Logwright:UNKNOWN_WHEN] unknown when 'fortnight'; use S, M, H, D, midnight or W0–W6", "fortnight"),
        c("weekday above 6", cfg("@ToTimedRotatingFile(filename = \"a.log\", when = \"W7\") Handler h();"),
            "[Logwright:WEEKDAY_OUT_OF_RANGE] weekday in when 'W7' must be 0–6", "W7"),
        c("atTime with hourly when", cfg("@ToTimedRotatingFile(filename = \"a.log\", when = \"H\",\n      atTime = \"03:00\") Handler h();"),
            "[Logwright:AT_TIME_IGNORED] atTime '03:00' is ignored when when = 'H'", "atTime"),
        c("atTime not a time", cfg("@ToTimedRotatingFile(filename = \"a.log\", when = \"midnight\",\n      atTime = \"25:00\") Handler h();"),
            "[Logwright:BAD_AT_TIME] atTime '25:00' is not a time of day", "atTime"),
        c("interval zero", cfg("@ToTimedRotatingFile(filename = \"a.log\",\n      interval = 0) Handler h();"),
            "[Logwright:NOT_POSITIVE] interval must be > 0 but was 0", "interval"),
        // Sizes and counts
        c("negative maxBytes", cfg("@ToRotatingFile(filename = \"a.log\",\n      maxBytes = -1) Handler h();"),
            "[Logwright:NEGATIVE] maxBytes must be ≥ 0 but was -1; use 0 to never roll over", "maxBytes"),
        c("negative backupCount", cfg("@ToRotatingFile(filename = \"a.log\",\n      backupCount = -3) Handler h();"),
            "[Logwright:NEGATIVE] backupCount must be ≥ 0 but was -3", "backupCount"),
        c("negative queue capacity", cfg(STREAM_H, "@ToQueue(handlers = \"h\",\n      capacity = -1) Handler q();"),
            "[Logwright:NEGATIVE] capacity must be ≥ 0 but was -1; use 0 for an unbounded queue", "capacity"),
        c("whenFull on an unbounded queue", cfg(STREAM_H, "@ToQueue(handlers = \"h\",\n      whenFull = WhenFull.WAIT) Handler q();"),
            "[Logwright:WHEN_FULL_WITHOUT_CAPACITY] whenFull = WAIT applies only to a bounded queue, but capacity is 0 (an unbounded queue is never full); set capacity > 0 for a ring buffer, or remove whenFull", "whenFull"),
        c("memory capacity zero", cfg(STREAM_H, "@ToMemory(target = \"h\",\n      capacity = 0) Handler m();"),
            "[Logwright:NOT_POSITIVE] capacity must be > 0 but was 0", "capacity"),
        // Levels
        c("unknown level", cfg("@ToStream @Threshold(\"verbose\") Handler h();"),
            "[Logwright:UNKNOWN_LEVEL] unknown level 'verbose'; use DEBUG, INFO", "verbose"),
        c("level in lower case", cfg("@ToStream @Threshold(\"info\") Handler h();"),
            "did you mean 'INFO'?", "\"info\""),
        c("unknown logger level", cfg(STREAM_H, "@LoggerConfig(name = \"a\",\n      level = \"LOUD\") Logger a();"),
            "[Logwright:UNKNOWN_LEVEL] unknown level 'LOUD'", "LOUD"),
        c("unknown memory flush level", cfg(STREAM_H, "@ToMemory(capacity = 10, target = \"h\",\n      flushLevel = \"SEVERE\") Handler m();"),
            "[Logwright:UNKNOWN_LEVEL] unknown level 'SEVERE'", "SEVERE"),
        // Syslog, HTTP, NT event log
        c("unknown facility", cfg("@ToSysLog(\n      facility = \"local9\") Handler h();"),
            "[Logwright:UNKNOWN_FACILITY] unknown syslog facility 'local9'; use one of kern, user", "local9"),
        c("facility in upper case", cfg("@ToSysLog(\n      facility = \"LOCAL0\") Handler h();"),
            "(did you mean 'local0'?)", "LOCAL0"),
        c("unknown priority", cfg("@ToSysLog(\n      priorityMap = {\"TRACE=debug\", \"NOTICE=Notice\"}) Handler h();"),
            "[Logwright:UNKNOWN_PRIORITY] unknown syslog priority 'Notice' (did you mean 'notice'?); use one of alert", "priorityMap"),
        c("malformed priority entry", cfg("@ToSysLog(\n      priorityMap = \"TRACE\") Handler h();"),
            "[Logwright:BAD_PRIORITY_ENTRY] priorityMap entry 'TRACE' is not \"LEVELNAME=priority\"", "priorityMap"),
        c("unknown socktype", cfg("@ToSysLog(\n      socktype = \"raw\") Handler h();"),
            "[Logwright:UNKNOWN_SOCKTYPE] unknown socktype 'raw'", "raw"),
        c("syslog address without port", cfg("@ToSysLog(\n      address = \"localhost\") Handler h();"),
            "[Logwright:BAD_SYSLOG_ADDRESS] syslog address 'localhost' is neither", "address"),
        c("unknown HTTP method", cfg("@ToHttp(host = \"localhost\", url = \"/log\",\n      method = \"PUT\") Handler h();"),
            "[Logwright:UNKNOWN_HTTP_METHOD] unknown HTTP method 'PUT'; use \"GET\" or \"POST\"", "PUT"),
        c("unknown event log type", cfg("@ToNTEventLog(appname = \"app\",\n      logtype = \"Custom\") Handler h();"),
            "[Logwright:UNKNOWN_LOGTYPE] unknown event log type 'Custom'", "Custom"),
        c("SMTP port out of range", cfg("@ToSmtp(fromaddr = \"a@b\", toaddrs = \"c@d\", subject = \"s\",\n      mailhost = \"mail:99999\") Handler h();"),
            "[Logwright:BAD_PORT] port must be 0–65535 but was 99999", "mail:99999"),
        c("empty event log appname", cfg("@ToNTEventLog(\n      appname = \"\") Handler h();"),
            "[Logwright:EMPTY_VALUE] appname is empty", "appname"),
        // Formats
        c("unknown style", cfg("@ToStream @LogFormat(value = \"%(message)s\",\n      style = \"#\") Handler h();"),
            "[Logwright:UNKNOWN_STYLE] unknown format style '#'", "style"),
        c("unknown format key", cfg("@ToStream @LogFormat(\"%(levelnam)s %(message)s\") Handler h();"),
            "[Logwright:UNKNOWN_FORMAT_KEY] 'levelnam' is not a record attribute; use one of name, msg", "levelnam"),
        c("format key in wrong case", cfg("@ToStream @LogFormat(\"%(funcname)s\") Handler h();"),
            "did you mean 'funcName'?", "funcname"),
        c("format key unclosed", cfg("@ToStream @LogFormat(\"%(message\") Handler h();"),
            "[Logwright:BAD_FORMAT] format '%(message' does not parse as a '%' style format: '%(' at index 0 is not closed", "%(message"),
        c("lone percent", cfg("@ToStream @LogFormat(\"100% %(message)s\") Handler h();"),
            "'%' at index 3 names no attribute; write %(attribute)s, or '%%' for a percent sign", "100%"),
        c("bad conversion character", cfg("@ToStream @LogFormat(\"%(message)y\") Handler h();"),
            "has no valid type character", "%(message)y"),
        c("number conversion of text", cfg("@ToStream @LogFormat(\"%(name)d\") Handler h();"),
            "[Logwright:CONVERSION_TYPE] '%(name)d' formats name with %d, which needs a number; use %s", "%(name)d"),
        c("hex conversion of a float", cfg("@ToStream @LogFormat(\"%(created)x\") Handler h();"),
            "[Logwright:CONVERSION_TYPE] '%(created)x' formats created with %x, which needs an integer", "%(created)x"),
        c("conversion not compiled", cfg("@ToStream @LogFormat(\"%(created)12345f\") Handler h();"),
            "[Logwright:UNSUPPORTED_CONVERSION] conversion '%(created)12345f' is not compiled yet", "%(created)12345f"),
        c("format without fields", cfg("@ToStream @LogFormat(\"hello\") Handler h();"),
            "[Logwright:NO_FIELDS] format 'hello' names no record attribute", "hello"),
        c("brace format with a single closing brace", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{message} }\") Handler h();"),
            "[Logwright:BAD_FORMAT] format '{message} }' does not parse as a '{' style format: Single '}' encountered in format string", "value"),
        c("brace format not closed", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{message\") Handler h();"),
            "expected '}' before end of string", "value"),
        c("brace format with positional field", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{0} {}\") Handler h();"),
            "field {0} names no record attribute", "value"),
        c("brace format unknown key", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{levelnme}\") Handler h();"),
            "[Logwright:UNKNOWN_FORMAT_KEY] 'levelnme' is not a record attribute", "levelnme"),
        c("brace format spec of the wrong type", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{name:>5d}\") Handler h();"),
            "[Logwright:SPEC_TYPE] '{name:>5d}' does not fit name", "value"),
        c("brace format bad spec", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{name:<<<}\") Handler h();"),
            "bad specifier: '<<<'", "value"),
        c("brace format indexing", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{args[0]}\") Handler h();"),
            "[Logwright:UNSUPPORTED_CONVERSION] conversion '{args[0]}' is not compiled yet", "value"),
        c("brace format unknown conversion", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{message!x}\") Handler h();"),
            "[Logwright:BAD_FORMAT] format '{message!x}' does not parse as a '{' style format: invalid conversion: 'x'", "value"),
        c("brace format number spec after a conversion", cfg("@ToStream @LogFormat(style = \"{\",\n      value = \"{levelno!r:>5d}\") Handler h();"),
            "[Logwright:SPEC_TYPE] '{levelno!r:>5d}' does not fit levelno!r", "value"),
        c("template format with a bare dollar", cfg("@ToStream @LogFormat(style = \"$\",\n      value = \"$message costs 5$\") Handler h();"),
            "[Logwright:BAD_FORMAT] format '$message costs 5$' does not parse as a '$' style format: bare '$' at index 16", "value"),
        c("template format unknown key", cfg("@ToStream @LogFormat(style = \"$\",\n      value = \"${levelnam} $message\") Handler h();"),
            "[Logwright:UNKNOWN_FORMAT_KEY] 'levelnam' is not a record attribute", "value"),
        // Method shapes
        c("handler method with a parameter", cfg("@ToStream Handler h(String name);"),
            "[Logwright:METHOD_HAS_PARAMETERS] handler method h() must take no parameters but takes 1", "Handler h("),
        c("handler method returning String", cfg("@ToStream String h();"),
            "[Logwright:WRONG_RETURN_TYPE] handler method h() returns java.lang.String, but a @ToStream method must return dev.logwright.Handler or dev.logwright.handlers.StreamHandler", "String h()"),
        c("logger method returning Handler", cfg(STREAM_H, "@LoggerConfig(name = \"a\") Handler a();"),
            "[Logwright:LOGGER_RETURN_TYPE] logger method a() returns dev.logwright.Handler", "Handler a()"),
        c("generic handler method", cfg("@ToStream <T> Handler h();"),
            "[Logwright:GENERIC_METHOD] method h() has type parameters", "Handler h()"),
        c("method without annotation", cfg(STREAM_H, "Handler other();"),
            "[Logwright:UNANNOTATED_METHOD] method other() has no handler annotation", "other()"),
        c("two handler kinds", cfg("@ToStream @ToNull Handler h();"),
            "[Logwright:TWO_HANDLER_KINDS] method h() has several handler annotations (@ToStream, @ToNull)", "Handler h()"),
        c("handler and logger", cfg("@ToStream @LoggerConfig(name = \"a\") Handler h();"),
            "[Logwright:HANDLER_AND_LOGGER]", "Handler h()"),
        c("level on a logger method", cfg(STREAM_H, "@Threshold(\"INFO\") @LoggerConfig(name = \"a\") Logger a();"),
            "[Logwright:SHARED_ON_NON_HANDLER] @Threshold on a() has no effect", "Logger a()"),
        c("empty logger name", cfg(STREAM_H, "@LoggerConfig(\n      name = \"\") Logger a();"),
            "[Logwright:EMPTY_LOGGER_NAME] logger name is empty", "name = \"\""),
        c("logger declared twice", cfg(STREAM_H, "@LoggerConfig(name = \"a\") Logger a();", "@LoggerConfig(\n      name = \"a\") Logger b();"),
            "[Logwright:DUPLICATE_LOGGER] logger 'a' is declared by both a() and b()", "name = \"a\") Logger b"),
        c("handler method named like a generated member", cfg("@ToStream Handler h();", "@ToNull Handler manager();"),
            "[Logwright:NAME_CLASH] method manager() clashes with the generated pipeline's own field manager", "manager()"),
        c("method named like a build method", cfg("@ToStream Handler h();", "@ToStream Handler newH();"),
            "[Logwright:NAME_CLASH] method newH() clashes with the generated pipeline's own method building h()", "newH()"),
        // References between handlers
        c("memory target unknown", cfg(STREAM_H, "@ToMemory(capacity = 10,\n      target = \"nope\") Handler m();"),
            "[Logwright:UNKNOWN_HANDLER_REFERENCE] 'nope' names no handler method of Config; use one of h, m", "nope"),
        c("queue names itself", cfg(STREAM_H, "@ToQueue(\n      handlers = \"q\") Handler q();"),
            "[Logwright:SELF_REFERENCE] q() names itself in @ToQueue(handlers)", "handlers = \"q\""),
        c("memory targets form a cycle", cfg(STREAM_H, "@ToMemory(capacity = 1, target = \"b\") Handler a();",
                "@ToMemory(capacity = 1, target = \"a\") Handler b();"),
            "[Logwright:CYCLE] handler methods form a cycle: a() → b() → a()", "Handler a()"),
        c("root names unknown handler", "@LoggingConfig(root = @RootLogger(\n    handlers = \"missing\"))\npublic interface Config {\n  @ToStream Handler h();\n}",
            "[Logwright:UNKNOWN_HANDLER_REFERENCE] 'missing' names no handler method of Config; use one of h", "missing"),
        c("queue lists a handler twice", cfg(STREAM_H, "@ToQueue(\n      handlers = {\"h\", \"h\"}) Handler q();"),
            "[Logwright:DUPLICATE_REFERENCE] 'h' is listed twice in @ToQueue(handlers)", "handlers = {"),
        c("queue without handlers", cfg(STREAM_H, "@ToQueue(\n      handlers = {}) Handler q();"),
            "[Logwright:EMPTY_HANDLERS] @ToQueue(handlers) names no handler", "handlers = {}"),
        c("two handlers on one file", cfg("@ToFile(filename = \"app.log\") Handler h();", "@ToRotatingFile(filename = \"app.log\") Handler r();"),
            "[Logwright:SAME_FILE] h() and r() both write 'app.log'", "Handler r()"),
        // Credentials and placeholders
        c("HTTP credentials over plain HTTP", cfg("@ToHttp(host = \"h\", url = \"/\", username = \"u\", password = \"${P}\",\n      secure = false) Handler h();"),
            "[Logwright:CREDENTIALS_IN_CLEAR] credentials would be sent in clear text over plain HTTP; set secure = true", "secure = false"),
        c("SMTP credentials without STARTTLS", cfg("@ToSmtp(mailhost = \"m\", fromaddr = \"a@b\", toaddrs = \"c@d\", subject = \"s\",\n      username = \"u\", password = \"${P}\") Handler h();"),
            "[Logwright:CREDENTIALS_IN_CLEAR] credentials would be sent in clear text over SMTP without STARTTLS", "username"),
        c("literal password", cfg("@ToHttp(host = \"h\", url = \"/\", username = \"u\", secure = true,\n      password = \"hunter2\") Handler h();"),
            "[Logwright:LITERAL_SECRET] the password is a literal; write a placeholder such as \"${HTTP_PASSWORD}\"", "hunter2"),
        c("password without user", cfg("@ToSmtp(mailhost = \"m\", fromaddr = \"a@b\", toaddrs = \"c@d\", subject = \"s\", secure = true,\n      password = \"${P}\") Handler h();"),
            "[Logwright:PASSWORD_WITHOUT_USER]", "password"),
        c("unclosed placeholder", cfg("@ToFile(\n      filename = \"${LOG_DIR/app.log\") Handler h();"),
            "[Logwright:MALFORMED_PLACEHOLDER] malformed placeholder in '${LOG_DIR/app.log' at 0: '${' is not closed by '}'", "LOG_DIR"),
        c("placeholder with a space", cfg("@ToFile(\n      filename = \"${LOG DIR}/app.log\") Handler h();"),
            "unexpected ' DIR' after the name 'LOG'", "LOG DIR"),
        c("placeholder without name", cfg("@ToFile(\n      filename = \"${:-logs}/app.log\") Handler h();"),
            "the name is missing", ":-logs"),
        c("placeholder in recipient", cfg("@ToSmtp(mailhost = \"m\", fromaddr = \"a@b\", subject = \"s\",\n      toaddrs = {\"ok@b\", \"${TO\"}) Handler h();"),
            "[Logwright:MALFORMED_PLACEHOLDER] malformed placeholder in '${TO'", "TO\"}"),
        // Namer and rotator hooks
        c("namer method missing", cfg("@ToRotatingFile(filename = \"a.log\") @NamedBy(\"gz\") Handler h();"),
            "[Logwright:HOOK_METHOD_MISSING] @NamedBy(\"gz\") names no default or static method of Config; declare `default String gz(String defaultName) { … }`", "NamedBy"),
        c("namer with wrong signature", cfg("@ToRotatingFile(filename = \"a.log\") @NamedBy(\"gz\") Handler h();",
                "default int gz(String name) { return 0; }"),
            "[Logwright:HOOK_SIGNATURE] @NamedBy(\"gz\") must have the signature `String gz(String defaultName)`, but gz() is `int gz(java.lang.String)`", "NamedBy"),
        c("rotator with wrong signature", cfg("@ToTimedRotatingFile(filename = \"a.log\") @RotatedBy(\"move\") Handler h();",
                "static void move(String source) {}"),
            "[Logwright:HOOK_SIGNATURE] @RotatedBy(\"move\") must have the signature `void move(String source, String dest)`", "RotatedBy"),
        c("namer on a plain file handler", cfg("@ToFile(filename = \"a.log\") @NamedBy(\"gz\") Handler h();"),
            "[Logwright:HOOK_ON_WRONG_KIND] @NamedBy on h() has no effect", "NamedBy"),
        // Buffering
        c("buffer size zero", cfg("@ToFile(filename = \"a.log\") @Buffered(\n      size = 0) Handler h();"),
            "[Logwright:NOT_POSITIVE] size must be > 0 but was 0; give the buffer size in bytes", "size"),
        c("buffer delay zero", cfg("@ToFile(filename = \"a.log\") @Buffered(\n      maxDelayMillis = 0) Handler h();"),
            "[Logwright:NOT_POSITIVE] maxDelayMillis must be > 0 but was 0; buffered records need a bound", "maxDelayMillis"),
        c("negative buffer delay", cfg("@ToStream @Buffered(\n      maxDelayMillis = -5) Handler h();"),
            "[Logwright:NOT_POSITIVE] maxDelayMillis must be > 0 but was -5", "maxDelayMillis"),
        c("buffering a socket handler", cfg("@ToSocket(host = \"localhost\", port = 9020) @Buffered Handler h();"),
            "[Logwright:BUFFERED_ON_WRONG_KIND] @Buffered on h() has no effect: a @ToSocket handler is not a stream handler", "Buffered"),
        c("buffering a logger", cfg(STREAM_H, "@LoggerConfig(name = \"a\") @Buffered Logger a();"),
            "[Logwright:SHARED_ON_NON_HANDLER] @Buffered on a() has no effect", "Buffered"),
        // Filters
        c("filter without no-arg constructor", cfg("@ToStream @Filtered(NeedsArg.class) Handler h();",
                "class NeedsArg implements dev.logwright.Filter {",
                "  NeedsArg(int x) {}",
                "  public boolean filter(dev.logwright.LogRecord r) { return true; }",
                "}"),
            "[Logwright:FILTER_NO_CONSTRUCTOR] filter class test.Config.NeedsArg has no accessible no-argument constructor; add `public NeedsArg() {}`", "Filtered"),
        c("filter that is not a filter", cfg("@ToStream @Filtered(String.class) Handler h();"),
            "[Logwright:FILTER_NOT_A_FILTER] filter class java.lang.String does not implement dev.logwright.Filter", "Filtered"),
        c("abstract filter", cfg("@ToStream @Filtered(Abstract.class) Handler h();",
                "abstract class Abstract implements dev.logwright.Filter {}"),
            "[Logwright:FILTER_ABSTRACT] filter class test.Config.Abstract is abstract", "Filtered"),
        // Other handler parameters
        c("unknown encoding", cfg("@ToFile(filename = \"a.log\",\n      encoding = \"klingon\") Handler h();"),
            "[Logwright:UNKNOWN_CHARSET] unknown encoding 'klingon'", "klingon"),
        c("unknown mode", cfg("@ToFile(filename = \"a.log\",\n      mode = \"r\") Handler h();"),
            "[Logwright:UNKNOWN_MODE] unknown file mode 'r'; use \"a\" to append or \"w\" to truncate", "mode"),
        c("empty filename", cfg("@ToWatchedFile(\n      filename = \"\") Handler h();"),
            "[Logwright:EMPTY_FILENAME] filename is empty", "filename"),
        c("port out of range", cfg("@ToSocket(host = \"localhost\",\n      port = 70000) Handler h();"),
            "[Logwright:BAD_PORT] port must be 0–65535 but was 70000", "70000"),
        c("empty host", cfg("@ToDatagram(port = 9021,\n      host = \"\") Handler h();"),
            "[Logwright:EMPTY_HOST] host is empty", "host"),
        c("unknown stream target", cfg("@ToStream(\n      target = \"stdlog\") Handler h();"),
            "[Logwright:UNKNOWN_STREAM_TARGET] unknown stream target 'stdlog'", "stdlog"),
        c("SMTP without recipients", cfg("@ToSmtp(mailhost = \"m\", fromaddr = \"a@b\", subject = \"s\",\n      toaddrs = {}) Handler h();"),
            "[Logwright:EMPTY_VALUE] toaddrs is empty; give at least one recipient address", "toaddrs"),
        c("SMTP timeout zero", cfg("@ToSmtp(mailhost = \"m\", fromaddr = \"a@b\", toaddrs = \"c@d\", subject = \"s\",\n      timeout = 0) Handler h();"),
            "[Logwright:NOT_POSITIVE] timeout must be > 0 but was 0.0", "timeout"),
        // The annotated type
        c("annotation on a class", "@LoggingConfig\npublic class Config {}",
            "[Logwright:NOT_AN_INTERFACE] @LoggingConfig is on class Config, but must be on an interface", "class Config"),
        c("generic interface", "@LoggingConfig\npublic interface Config<T> {}",
            "[Logwright:GENERIC_INTERFACE] @LoggingConfig interface Config has type parameters", "interface Config"),
        c("abstract method from a superinterface", "@LoggingConfig(root = @RootLogger(handlers = \"h\"))\npublic interface Config extends Base {\n  @ToStream Handler h();\n}\ninterface Base { Handler other(); }",
            "[Logwright:INHERITED_METHOD] abstract method other() comes from test.Base, but the pipeline implements only methods declared in Config", "interface Config"),
        c("private nested interface", "public class Config {\n  @LoggingConfig\n  private interface Inner {}\n}",
            "[Logwright:PRIVATE_INTERFACE] @LoggingConfig interface Inner is private", "interface Inner"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsErrorOnTheLineAtFault(Case c) {
    JavaFileObject source = Compilations.config(c.source());
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(c.message()).inFile(source).onLineContaining(c.line());
  }

  @Test
  void reportsUnusedHandlerAsWarningAndStillGenerates() {
    JavaFileObject source = Compilations.config(cfg(STREAM_H, "@ToStream Handler spare();"));
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[Logwright:UNUSED_HANDLER] handler spare() is attached to no logger")
        .inFile(source).onLineContaining("spare()");
    assertThat(compilation).generatedSourceFile("test.ConfigPipeline");
  }

  @Test
  void unusedHandlerWarningCanBeSuppressed() {
    JavaFileObject source = Compilations.config(cfg(STREAM_H,
        "@SuppressWarnings(\"logwright:unused-handler\") @ToStream Handler spare();"));
    assertThat(Compilations.compile(source)).succeededWithoutWarnings();
  }

  @Test
  void reportsEveryProblemOfAnInterfaceAtOnce() {
    JavaFileObject source = Compilations.config(cfg(
        "@ToRotatingFile(filename = \"a.log\", maxBytes = -1, backupCount = -1) @Threshold(\"LOUD\") Handler h();"));
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void aBrokenInterfaceDoesNotStopAnotherFromBeingGenerated() {
    JavaFileObject bad = Compilations.config(cfg("@ToStream(target = \"stdlog\") Handler h();"));
    JavaFileObject good = com.google.testing.compile.JavaFileObjects.forSourceString("test.Good", String.join("\n",
        "package test;",
        "import dev.logwright.Handler;",
        "import dev.logwright.annotations.*;",
        "@LoggingConfig(root = @RootLogger(handlers = \"h\"))",
        "public interface Good { @ToStream Handler h(); }"));
    // A use of the generated class: compiles only if the good interface's pipeline was generated.
    JavaFileObject user = com.google.testing.compile.JavaFileObjects.forSourceString("test.User",
        "package test; class User { Good good = GoodPipeline.create(); }");
    Compilation compilation = Compilations.compile(bad, good, user);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("UNKNOWN_STREAM_TARGET");
  }

  @Test
  void everyProblemIsCoveredByACase() {
    Set<Problem> covered = EnumSet.noneOf(Problem.class);
    errors().forEach(c -> {
      for (Problem p : Problem.values()) {
        if (c.message().contains(p.tag())) {
          covered.add(p);
        }
      }
    });
    covered.add(Problem.UNUSED_HANDLER);
    covered.addAll(MessageLoggerTest.PROBLEMS);
    List<Problem> missing = Stream.of(Problem.values())
        .filter(p -> !covered.contains(p))
        .collect(Collectors.toList());
    assertThat(missing).containsExactly(
        Problem.KIND_NOT_GENERATED, Problem.UNEXPECTED);
  }
}
