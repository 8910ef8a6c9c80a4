package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.logwright.processor.diag.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verifies the typed-logger processor at compile time: the generated source of a representative
 * {@code @MessageLogger} interface against its golden ({@code src/test/resources/typed/expected/};
 * with {@code GOLDEN_FILE_ROOT} set to the module's {@code src/test/resources} a differing golden
 * is rewritten), and every diagnostic, each on the line at fault.
 */
class MessageLoggerTest {
  /** The problems only typed loggers report; {@link DiagnosticsTest} leaves them to this class. */
  static final Set<Problem> PROBLEMS = EnumSet.range(Problem.MESSAGE_LOGGER_NOT_AN_INTERFACE, Problem.MESSAGE_METHOD_NAMED_CREATE);

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new LogwrightProcessor(), new MessageLoggerProcessor()).compile(sources);
  }

  private static String read(String resource) throws IOException {
    try (var in = MessageLoggerTest.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String generateOrderLog() throws IOException {
    Compilation c = compile(JavaFileObjects.forSourceString("shop.OrderLog", read("/typed/good/OrderLog.java")));
    assertThat(c).succeededWithoutWarnings();
    return c.generatedSourceFile("shop.OrderLogImpl").orElseThrow().getCharContent(true).toString();
  }

  @Test
  void generatedSourceMatchesGolden() throws IOException {
    String actual = generateOrderLog();
    String expected = read("/typed/expected/OrderLogImpl.java");
    String root = System.getenv("GOLDEN_FILE_ROOT");
    if (root != null && !actual.equals(expected)) {
      Path file = Paths.get(root, "typed", "expected", "OrderLogImpl.java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    assertWithMessage("golden typed/expected/OrderLogImpl.java is missing; run with GOLDEN_FILE_ROOT="
        + "<module>/src/test/resources to create it").that(expected).isNotNull();
    assertThat(actual).isEqualTo(expected);
    assertThat(generateOrderLog()).isEqualTo(actual);
  }

  @Test
  void nestedInterfaceInTheDefaultPackageGetsAFlatImplName() {
    Compilation c = compile(JavaFileObjects.forSourceString("Outer", String.join("\n",
        "import dev.logwright.annotations.*;",
        "public class Outer {",
        "  @MessageLogger(\"outer\") interface Inner {",
        "    @Log(level = \"INFO\", message = \"%s\") void say(String what);",
        "  }",
        "}")));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("Outer_InnerImpl").contentsAsUtf8String().contains("implements Outer.Inner");
  }

  /**
   * Verifies that methods inherited from a generic superinterface are implemented with their
   * parameter types as this interface sees them, and that a redeclared {@code toString()} is left
   * to {@code Object}.
   */
  @Test
  void inheritedMethodsTakeTheTypesOfThisInterface() {
    Compilation c = compile(JavaFileObjects.forSourceString("test.Typed", String.join("\n",
        "package test;",
        "import dev.logwright.annotations.*;",
        "interface Base<T> {",
        "  @Log(level = \"INFO\", message = \"got %s\") void got(T value);",
        "}",
        "@MessageLogger(\"app\")",
        "public interface Typed extends Base<String> {",
        "  @Override String toString();",
        "}")));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.TypedImpl").contentsAsUtf8String().contains("public void got(String value)");
  }

  /** One invalid interface: its source, the message expected, and a text on the line at fault. */
  record Case(String name, String source, String message, String line) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, String message, String line, String... methods) {
    return new Case(name, typed("app.orders", methods), message, line);
  }

  private static String typed(String loggerName, String... methods) {
    return "@MessageLogger(\"" + loggerName + "\")\npublic interface Typed {\n  "
        + String.join("\n  ", methods) + "\n}";
  }

  static Stream<Case> errors() {
    return Stream.of(
        c("too few arguments", "[Logwright:PLACEHOLDER_COUNT] message 'Order %d to %s' has 2 placeholder(s) but shipped() passes 1 argument(s); make them agree",
            "Order %d", "@Log(level = \"INFO\",\n      message = \"Order %d to %s\") void shipped(long id);"),
        c("too many arguments", "[Logwright:PLACEHOLDER_COUNT] message 'Order %d' has 1 placeholder(s) but shipped() passes 2 argument(s)",
            "Order %d", "@Log(level = \"INFO\",\n      message = \"Order %d\") void shipped(long id, String city);"),
        c("placeholders without arguments", "[Logwright:PLACEHOLDER_COUNT] message 'done %d' has 1 placeholder(s) but done() passes 0 argument(s) (without arguments the message is logged as it is",
            "done %d", "@Log(level = \"INFO\",\n      message = \"done %d\") void done();"),
        c("exception is not an argument", "[Logwright:PLACEHOLDER_COUNT] message 'failed: %s' has 1 placeholder(s) but failed() passes 0 argument(s)",
            "failed: %s", "@Log(level = \"ERROR\",\n      message = \"failed: %s\") void failed(Exception e);"),
        c("%d for a String", "[Logwright:PLACEHOLDER_TYPE] '%05d' at index 5 of the message cannot format parameter city of type java.lang.String; use %s",
            "city %05d", "@Log(level = \"INFO\",\n      message = \"city %05d\") void shipped(String city);"),
        c("%x for a double", "[Logwright:PLACEHOLDER_TYPE] '%x' at index 0 of the message cannot format parameter ratio of type double; use %s, %d or a float conversion",
            "\"%x\"", "@Log(level = \"INFO\",\n      message = \"%x\") void ratio(double ratio);"),
        c("%f for a list", "[Logwright:PLACEHOLDER_TYPE] '%.1f' at index 0 of the message cannot format parameter items of type java.util.List<java.lang.String>; use %s",
            "%.1f", "@Log(level = \"INFO\",\n      message = \"%.1f\") void items(java.util.List<String> items);"),
        c("%d for a char", "[Logwright:PLACEHOLDER_TYPE] '%d' at index 6 of the message cannot format parameter grade of type char; use %s or %c",
            "grade %d", "@Log(level = \"INFO\",\n      message = \"grade %d\") void grade(char grade);"),
        c("mapping key", "[Logwright:BAD_MESSAGE] message '%(id)s' does not parse at index 0: %(key) needs a mapping argument",
            "%(id)s", "@Log(level = \"INFO\",\n      message = \"%(id)s\") void shipped(long id);"),
        c("star width", "[Logwright:BAD_MESSAGE] message '%*d' does not parse at index 1: '*' takes the width",
            "%*d", "@Log(level = \"INFO\",\n      message = \"%*d\") void shipped(long id);"),
        c("unknown conversion", "[Logwright:BAD_MESSAGE] message 'took %y' does not parse at index 6: unsupported format character 'y' (0x79)",
            "took %y", "@Log(level = \"INFO\",\n      message = \"took %y\") void took(long ms);"),
        c("incomplete format", "[Logwright:BAD_MESSAGE] message 'at 5%' does not parse at index 4: incomplete format",
            "at 5%", "@Log(level = \"INFO\",\n      message = \"at 5%\") void at(long ms);"),
        c("unknown level", "[Logwright:UNKNOWN_LEVEL] unknown level 'info'; use DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET or a number ≥ 0; did you mean 'INFO'?",
            "\"info\"", "@Log(level = \"info\", message = \"x\") void x();"),
        c("non-void return", "[Logwright:MESSAGE_METHOD_RETURN] @Log method shipped() returns boolean; a logging method must return void",
            "boolean shipped", "@Log(level = \"INFO\", message = \"x\")\n  boolean shipped();"),
        c("throwable not last", "[Logwright:THROWABLE_NOT_LAST] parameter cause of failed() is a Throwable but not the last parameter",
            "Throwable cause", "@Log(level = \"ERROR\", message = \"failed %d\")\n  void failed(\n      Throwable cause,\n      long id);"),
        c("method without @Log", "[Logwright:UNANNOTATED_MESSAGE_METHOD] method shipped() of a @MessageLogger interface has no @Log",
            "void shipped", "void shipped(long id);"),
        c("generic method", "[Logwright:MESSAGE_METHOD_GENERIC] @Log method any() has type parameters",
            "<T> void any", "@Log(level = \"INFO\", message = \"%s\")\n  <T> void any(T value);"),
        c("named create", "[Logwright:MESSAGE_METHOD_NAMED_CREATE] @Log method create() would clash with the generated factories TypedImpl.create(); rename it",
            "void create", "@Log(level = \"INFO\", message = \"%s\")\n  void create(String order);"),
        c("varargs", "[Logwright:MESSAGE_METHOD_VARARGS] @Log method many() takes varargs",
            "void many", "@Log(level = \"INFO\", message = \"%s\")\n  void many(Object... values);"),
        new Case("empty logger name", typed("", "@Log(level = \"INFO\", message = \"x\") void x();"),
            "[Logwright:INVALID_LOGGER_NAME] logger name '' is not a dotted name: it is empty", "@MessageLogger"),
        new Case("empty segment", typed("app..orders", "@Log(level = \"INFO\", message = \"x\") void x();"),
            "[Logwright:INVALID_LOGGER_NAME] logger name 'app..orders' is not a dotted name: it has an empty segment", "@MessageLogger"),
        new Case("whitespace in name", typed("app orders", "@Log(level = \"INFO\", message = \"x\") void x();"),
            "[Logwright:INVALID_LOGGER_NAME] logger name 'app orders' is not a dotted name: it contains whitespace", "@MessageLogger"),
        new Case("not an interface", "@MessageLogger(\"app\")\npublic abstract class Typed {}",
            "[Logwright:MESSAGE_LOGGER_NOT_AN_INTERFACE] @MessageLogger is on class Typed, but must be on an interface", "class Typed"),
        new Case("generic interface", "@MessageLogger(\"app\")\npublic interface Typed<T> {}",
            "[Logwright:MESSAGE_LOGGER_GENERIC] @MessageLogger interface Typed has type parameters", "interface Typed"),
        new Case("private interface", "public class Typed {\n  @MessageLogger(\"app\")\n  private interface Inner {}\n}",
            "[Logwright:MESSAGE_LOGGER_PRIVATE] @MessageLogger interface Inner is private; make it package-private or public so the generated Typed_InnerImpl can implement it",
            "private interface Inner"));
  }

  private static JavaFileObject source(String body) {
    return JavaFileObjects.forSourceString("test.Typed", String.join("\n",
        "package test;", "", "import dev.logwright.annotations.*;", "", body));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void invalidInterfaceIsACompileErrorOnTheLineAtFault(Case c) {
    JavaFileObject file = source(c.source());
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(c.message()).inFile(file).onLineContaining(c.line());
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateLoggerNameIsAnErrorOnTheSecondInterface() {
    JavaFileObject first = JavaFileObjects.forSourceString("test.A", String.join("\n",
        "package test;", "import dev.logwright.annotations.*;",
        "@MessageLogger(\"app.orders\") interface A { @Log(level = \"INFO\", message = \"a\") void a(); }"));
    JavaFileObject second = JavaFileObjects.forSourceString("test.B", String.join("\n",
        "package test;", "import dev.logwright.annotations.*;",
        "@MessageLogger(",
        "    \"app.orders\") interface B { @Log(level = \"INFO\", message = \"b\") void b(); }"));
    Compilation compilation = compile(first, second);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "[Logwright:DUPLICATE_MESSAGE_LOGGER] logger 'app.orders' is already the logger of @MessageLogger test.A")
        .inFile(second).onLineContaining("\"app.orders\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void messageWithoutArgumentsIsKeptAsWritten() {
    Compilation c = compile(source(typed("app", "@Log(level = \"INFO\", message = \"100%% sure\") void x();")));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.TypedImpl").contentsAsUtf8String()
        .contains("logMessage(Level.INFO, \"100%% sure\", null, 2)");
  }

  @Test
  void everyTypedProblemHasACase() {
    Set<Problem> covered = EnumSet.noneOf(Problem.class);
    errors().forEach(c -> PROBLEMS.stream().filter(p -> c.message().contains(p.tag())).forEach(covered::add));
    covered.add(Problem.DUPLICATE_MESSAGE_LOGGER);
    assertThat(covered).containsExactlyElementsIn(PROBLEMS);
  }
}
