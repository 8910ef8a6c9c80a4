package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.handlers.RotatingFileHandler;
import dev.logwright.testing.Allocations;
import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.MessageMergingHandler;
import dev.logwright.testing.StderrCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs generated typed loggers: their messages against {@code LogRecord.getMessage()} for the same
 * format and arguments (a table), their lines in rotating files against a plain {@code Logger}'s,
 * their caller information, and their allocations.
 */
class MessageLoggerExecutionTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path typedDir;
  @TempDir Path plainDir;
  @TempDir Path classesDir;

  /** A table row: a message and its arguments as Java types and expressions. */
  record Row(String format, String[] types, String[] args) {}

  private static Row row(String format, String type, String... args) {
    String[] types = new String[args.length];
    java.util.Arrays.fill(types, type);
    return new Row(format, types, args);
  }

  private static Row mixed(String format, String[] types, String... args) {
    return new Row(format, types, args);
  }

  static List<Row> table() {
    return List.of(
        row("%d", "long", "42L"), row("%d|%i|%u", "long", "Long.MIN_VALUE", "-1L", "7L"),
        row("%5d|%-5d|%05d|%.3d", "int", "42", "-42", "-42", "7"), row("%+d|% d|%+d", "int", "3", "3", "-3"),
        row("%x %X %o %#x %#o %#X", "long", "255L", "255L", "8L", "-255L", "8L", "48879L"),
        row("%c|%c", "int", "9731", "65"), row("%c", "int", "-1"),
        row("%s|%r|%c|%3c|%-3s|", "char", "'é'", "'\\n'", "'x'", "'y'", "'z'"),
        row("%s", "String", "\"héllo\""), row("%r|%a", "String", "\"it's\"", "\"naïve\\t\""),
        row("%.3s|%10s|%-10s|%5.1s", "String", "\"abcdef\"", "\"right\"", "\"left\"", "\"trunc\""),
        row("%s|%r", "String", "(String) null", "(String) null"),
        row("%f|%.2f|%e|%E|%g|%G", "double", "3.14159", "2.675", "12345.678", "1e-300", "1e-5", "1e20"),
        row("%s|%r|%s|%s", "double", "0.1", "1e16", "Double.NaN", "-0.0"),
        row("%f|%F|%d|%.0f|%+08.2f|%#.0f|%10.3e", "double", "Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY",
            "3.99", "2.5", "-1.5", "3.0", "123.456"),
        row("%d", "double", "Double.NaN"),
        row("%s|%.1f|%r", "float", "0.1f", "2.25f", "1e10f"),
        row("%s|%d|%r|%5s|%x|%.1f|%c", "boolean", "true", "true", "false", "false", "true", "true", "true"),
        row("%s|%d|%x", "byte", "(byte) -3", "(byte) 127", "(byte) 16"),
        row("%s|%05d", "short", "(short) 7", "(short) -7"),
        row("%s|%d|%x|%f", "Integer", "7", "8", "255", "1"), row("%d", "Integer", "(Integer) null"),
        row("%s|%d", "Long", "(Long) null", "5L"), row("%s|%r|%e", "Double", "2.0", "0.5", "100.0"),
        row("%s|%r", "Character", "'q'", "(Character) null"), row("%s", "Boolean", "Boolean.FALSE"),
        row("%d|%s", "java.math.BigInteger", "new java.math.BigInteger(\"123456789012345678901234567890\")",
            "java.math.BigInteger.TEN.negate()"),
        row("%.3f|%s", "java.math.BigDecimal", "new java.math.BigDecimal(\"1.23456\")", "new java.math.BigDecimal(\"2.5\")"),
        row("%s|%r", "Object", "java.util.Arrays.asList(1, \"a\", null, 2.5)", "java.util.Arrays.asList(true)"),
        row("%s", "Object", "java.util.Collections.singletonMap(\"k\", 1)"),
        row("%d", "Object", "\"str\""), row("%d", "Number", "3.5"), row("%x", "Number", "2.5"),
        row("%s", "StringBuilder", "new StringBuilder(\"built\")"),
        row("%s|%r", "Thread.State", "Thread.State.NEW", "Thread.State.RUNNABLE"),
        row("%d%% done, 100%%", "int", "50"),
        mixed("Order %d shipped to %s in %d ms (%.1f%%, express=%s, grade %c)",
            new String[] {"long", "String", "int", "double", "boolean", "char"},
            "1234L", "\"Zürich\"", "87", "99.5", "true", "'A'"));
  }

  private static String tableSources(List<Row> rows, StringBuilder driver) {
    StringBuilder iface = new StringBuilder("package exec;\nimport dev.logwright.annotations.*;\n"
        + "@MessageLogger(\"table\")\npublic interface Table {\n");
    driver.append("package exec;\nimport dev.logwright.Logger;\n"
        + "public class TableDriver implements java.util.function.BiConsumer<Logger, Logger> {\n"
        + "  @Override public void accept(Logger typed, Logger plain) {\n"
        + "    Table t = TableImpl.create(typed);\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String literal = "\"" + r.format().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      List<String> params = new ArrayList<>();
      for (int k = 0; k < r.args().length; k++) {
        params.add(r.types()[k] + " a" + k);
      }
      iface.append("  @Log(level = \"INFO\", message = ").append(literal).append(")\n  void m").append(i)
          .append("(").append(String.join(", ", params)).append(");\n");
      String args = String.join(", ", r.args());
      driver.append("    t.m").append(i).append("(").append(args).append(");\n");
      driver.append("    plain.log(dev.logwright.Level.INFO, ").append(literal).append(", new Object[] {")
          .append(args).append("});\n");
    }
    driver.append("  }\n}\n");
    return iface.append("}\n").toString();
  }

  /** Keeps a copy of every record without formatting it, so that records whose message fails are kept too. */
  static final class KeepingHandler extends Handler {
    final List<LogRecord> records = new ArrayList<>();

    @Override
    public void emit(LogRecord record) {
      records.add(record.copy());
    }
  }

  private static String messageOrError(LogRecord r) {
    try {
      return r.getMessage();
    } catch (RuntimeException e) {
      return "error: " + e.getMessage();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T instantiate(CompiledClasses classes, String name) {
    try {
      return (T) classes.load(name).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Verifies that for every row the typed method's message is exactly the text, or the error,
   * that a plain call with the same format and arguments gives.
   */
  @Test
  void typedMessagesEqualGetMessageForTheSameFormatAndArguments() {
    List<Row> rows = table();
    StringBuilder driver = new StringBuilder();
    String iface = tableSources(rows, driver);
    CompiledClasses classes = CompiledClasses.compile(
        JavaFileObjects.forSourceString("exec.Table", iface),
        JavaFileObjects.forSourceString("exec.TableDriver", driver.toString()));
    Manager manager = new Manager();
    KeepingHandler typedOut = new KeepingHandler();
    KeepingHandler plainOut = new KeepingHandler();
    Logger typed = manager.getLogger("table");
    Logger plain = manager.getLogger("plain");
    typed.setLevel(Level.INFO);
    plain.setLevel(Level.INFO);
    typed.addHandler(typedOut);
    plain.addHandler(plainOut);
    BiConsumer<Logger, Logger> run = instantiate(classes, "exec.TableDriver");
    run.accept(typed, plain);

    List<LogRecord> t = typedOut.records;
    List<LogRecord> p = plainOut.records;
    assertThat(t).hasSize(rows.size());
    assertThat(p).hasSize(rows.size());
    int errors = 0;
    for (int i = 0; i < rows.size(); i++) {
      String expected = messageOrError(p.get(i));
      errors += expected.startsWith("error: ") ? 1 : 0;
      assertWithMessage("row %s: %s with %s", i, rows.get(i).format(), List.of(rows.get(i).args()))
          .that(messageOrError(t.get(i))).isEqualTo(expected);
    }
    assertWithMessage("rows whose arguments Python rejects").that(errors).isEqualTo(5);
  }

  private static final String ORDER_LOG = String.join("\n",
      "package exec;",
      "import dev.logwright.annotations.*;",
      "@MessageLogger(\"app.orders\")",
      "public interface OrderLog {",
      "  @Log(level = \"INFO\", message = \"Order %d shipped to %s in %d ms\")",
      "  void shipped(long orderId, String city, int millis);",
      "  @Log(level = \"ERROR\", message = \"Payment failed for order %d\")",
      "  void paymentFailed(long orderId, Throwable cause);",
      "  @Log(level = \"DEBUG\", message = \"cart %s\")",
      "  void cart(String id);",
      "}");

  /** Both loggers on one source line each time, so that file, function and line agree too. */
  private static final String SHOP = String.join("\n",
      "package exec;",
      "import dev.logwright.Logger;",
      "import dev.logwright.Manager;",
      "public class Shop implements java.util.function.BiConsumer<Manager, Logger> {",
      "  @Override public void accept(Manager typedSide, Logger plain) {",
      "    OrderLog log = OrderLogImpl.create(typedSide);",
      "    for (int i = 0; i < 30; i++) {",
      "      log.shipped(1000L + i, \"Zürich\", i * 7); plain.info(\"Order %d shipped to %s in %d ms\", 1000L + i, \"Zürich\", i * 7);",
      "      log.cart(\"c\" + i); plain.debug(\"cart %s\", \"c\" + i);",
      "    }",
      "    IllegalStateException e = new IllegalStateException(\"card declined\", new RuntimeException(\"bank down\"));",
      "    log.paymentFailed(77L, e); plain.log(dev.logwright.Level.ERROR, e, \"Payment failed for order %d\", 77L);",
      "    log.paymentFailed(78L, null); plain.log(dev.logwright.Level.ERROR, (Throwable) null, \"Payment failed for order %d\", 78L);",
      "  }",
      "}");

  private static RotatingFileHandler rotating(Path dir) {
    RotatingFileHandler h = new RotatingFileHandler(dir.resolve("shop.log").toString(), 600, 20);
    h.setFormatter(new Formatter("%(levelname)s %(name)s %(pathname)s %(filename)s %(module)s "
        + "%(funcName)s:%(lineno)d %(message)s"));
    return h;
  }

  private static List<String> contents(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().map(f -> {
        try {
          return f.getFileName() + "\n" + Files.readString(f, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.toList());
    }
  }

  /**
   * Verifies that a typed logger and a plain {@code Logger} write the same lines into rotating
   * files (rollovers included): message, exception text and the caller's file, function and line,
   * the typed records reaching the handler on the root through the hierarchy. The generated class
   * uses no reflection.
   */
  @Test
  void typedAndPlainLoggersWriteTheSameRotatingFiles() throws Exception {
    CompiledClasses classes = CompiledClasses.compile(
        JavaFileObjects.forSourceString("exec.OrderLog", ORDER_LOG),
        JavaFileObjects.forSourceString("exec.Shop", SHOP));
    Manager typedSide = new Manager();
    Manager plainSide = new Manager();
    RotatingFileHandler typedFile = rotating(typedDir);
    RotatingFileHandler plainFile = rotating(plainDir);
    try {
      typedSide.getRoot().addHandler(typedFile);
      plainSide.getRoot().addHandler(plainFile);
      typedSide.getRoot().setLevel(Level.INFO);
      plainSide.getRoot().setLevel(Level.INFO);
      BiConsumer<Manager, Logger> shop = instantiate(classes, "exec.Shop");
      shop.accept(typedSide, plainSide.getLogger("app.orders"));
    } finally {
      typedFile.close();
      plainFile.close();
    }
    List<String> typed = contents(typedDir);
    assertThat(typed.size()).isGreaterThan(2);
    assertThat(typed).containsExactlyElementsIn(contents(plainDir)).inOrder();
    String all = String.join("\n", typed);
    assertThat(all).contains("INFO app.orders exec/Shop.java Shop.java Shop accept:8 Order 1029 shipped to Zürich in 203 ms");
    assertThat(all).contains("Caused by");
    assertThat(all).doesNotContain("cart c");
    classes.assertReflectionFree(classesDir);
  }


  private static final String ALLOC = String.join("\n",
      "package exec;",
      "public class Calls implements java.util.function.Function<OrderLog, Runnable> {",
      "  @Override public Runnable apply(OrderLog log) {",
      "    return () -> { log.shipped(123456789L, \"Paris\", 1234); log.cart(\"c1\"); };",
      "  }",
      "}");

  /**
   * Verifies, by counting allocated bytes, that a disabled typed call allocates nothing, and that
   * an enabled one (primitive and string arguments, rendered into the reused buffer) allocates
   * nothing either when its handler does not.
   */
  @Test
  void typedCallsAllocateNothingDisabledOrEnabled() {
    CompiledClasses classes = CompiledClasses.compile(
        JavaFileObjects.forSourceString("exec.OrderLog", ORDER_LOG),
        JavaFileObjects.forSourceString("exec.Calls", ALLOC));
    Manager manager = new Manager();
    MessageMergingHandler handler = new MessageMergingHandler();
    manager.getRoot().addHandler(handler);
    Logger logger = manager.getLogger("app.orders");
    Object log = invokeCreate(classes, manager);
    Function<Object, Runnable> calls = instantiate(classes, "exec.Calls");
    Runnable call = calls.apply(log);

    // Less than one byte per call: no object per call (the smallest is 16 bytes); what is left is
    // the JVM's own background noise over the measured calls.
    logger.setLevel(Level.CRITICAL);
    assertWithMessage("bytes per disabled call").that(Allocations.bytesPerCall(100_000, 50_000, call)).isLessThan(1.0);
    assertThat(handler.count()).isEqualTo(0);

    logger.setLevel(Level.INFO);
    assertWithMessage("bytes per enabled call").that(Allocations.bytesPerCall(100_000, 50_000, call)).isLessThan(1.0);
    assertThat(handler.count()).isEqualTo(150_000);
    assertThat(handler.lastMessage()).isEqualTo("Order 123456789 shipped to Paris in 1234 ms");
  }

  private static Object invokeCreate(CompiledClasses classes, Manager manager) {
    try {
      return classes.load("exec.OrderLogImpl").getMethod("create", Manager.class).invoke(null, manager);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Verifies that a handler that keeps records (a copy) keeps each typed message's text, though
   * the typed logger reuses its buffer for the next call, and that the caller is not looked up
   * when no handler uses it.
   */
  @Test
  void keptRecordsKeepTheirMessagesAfterTheBufferIsReused() {
    CompiledClasses classes = CompiledClasses.compile(JavaFileObjects.forSourceString("exec.OrderLog", ORDER_LOG));
    Manager manager = new Manager();
    CapturingHandler kept = new CapturingHandler();
    manager.getRoot().addHandler(kept);
    manager.getRoot().setLevel(Level.DEBUG);
    Object log = invokeCreate(classes, manager);
    for (String id : new String[] {"a", "bb", "ccc"}) {
      try {
        classes.load("exec.OrderLog").getMethod("cart", String.class).invoke(log, id);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(kept.records().stream().map(r -> r.getMsg()).collect(Collectors.toList()))
        .containsExactly("cart a", "cart bb", "cart ccc").inOrder();
    // No handler formats the caller, so it was not looked up.
    assertThat(kept.records().stream().map(LogRecord::getFuncName).distinct().collect(Collectors.toList()))
        .containsExactly("(unknown function)");
  }
}
