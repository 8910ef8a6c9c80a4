package dev.logwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.JavaFileObjects;
import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.Allocations;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verifies that a format compiled by the processor produces exactly the text the runtime {@link
 * Formatter} produces for the same format, on a table of formats and records.
 */
class FormatterEquivalenceTest {
  static final List<String> FORMATS = List.of(
      "%(message)s",
      "%(levelname)s:%(name)s:%(message)s",
      "%(asctime)s %(levelname)-8s %(name)s: %(message)s",
      "%(levelno)d %(levelno)5d %(levelno)-5d| %(levelno)05d %(levelno)i %(levelno)u",
      "%(msecs)03d %(created)d %(relativeCreated)d %(msecs)d",
      "%(created)s %(msecs)s %(relativeCreated)s",
      "%(pathname)s %(filename)s %(module)s %(lineno)d %(funcName)s",
      "%(lineno)06d|%(lineno)-06d|%(lineno)6d|%(lineno)-6d|",
      "%(thread)d %(threadName)s %(process)d %(processName)s %(taskName)s",
      "%(exc_text)s / %(stack_info)s / %(exc_info)s",
      "%(msg)s %(args)s",
      "100%% done: %(message)s %%",
      "%(name)20s|%(name)-20s|%(name)1s|",
      "ñ «%(levelname)-10s» %(message)s\t%(name)s",
      "%(asctime)s,%(msecs)03d",
      "%(created)f %(created).3f %(msecs)08.3f %(relativeCreated)+.1e %(created)g %(msecs)G",
      "%(levelno)x %(levelno)#X %(levelno)#o %(lineno)+d %(lineno) d %(levelno)c",
      "%(msg)r %(name)r %(args)a %(taskName)r %(name).2s|%(name)-10.3s|%(name)10r");

  /** <code>'{'</code>- and {@code '$'}-style formats. */
  static final List<String[]> STYLED = List.of(
      new String[] {"{", "{levelname}:{name}:{message}"},
      new String[] {"{", "{asctime} {levelname:<8} {name:>12}|{name:^9}|{name:*^9}| {message}"},
      new String[] {"{", "{levelno:03d} {levelno:>5} {lineno:<6}| {lineno:+d} {lineno:x} {msecs:.0f} {created:.3f}"},
      new String[] {"{", "{{literal}} {threadName!s} {taskName} {funcName} {exc_text} {message}"},
      new String[] {"{", "{relativeCreated:>12.1f} {process:,} {module:.3} {pathname}"},
      new String[] {"$", "$levelname:${name}:$message $$5 ${asctime}"},
      new String[] {"$", "$$${levelno} $created $msecs $taskName $funcName"},
      new String[] {"{", "{msg!r} {args!r} {name!a:>12} {levelno!s:*^6} {message!r:.20}|{taskName!r} {funcName!s}"});

  static CompiledClasses classes;
  static Object pipeline;

  @BeforeAll
  static void compileTable() {
    StringBuilder src = new StringBuilder("package fmt;\nimport dev.logwright.Handler;\nimport dev.logwright.annotations.*;\n");
    String all = Stream.concat(
            IntStream.range(0, FORMATS.size()).mapToObj(i -> "\"f" + i + "\""),
            IntStream.range(0, STYLED.size()).mapToObj(i -> "\"s" + i + "\""))
        .collect(Collectors.joining(", "));
    src.append("@LoggingConfig(root = @RootLogger(handlers = {").append(all).append("}))\n");
    src.append("public interface Table {\n");
    for (int i = 0; i < FORMATS.size(); i++) {
      src.append("  @ToNull @LogFormat(\"").append(escape(FORMATS.get(i))).append("\") Handler f").append(i).append("();\n");
    }
    for (int i = 0; i < STYLED.size(); i++) {
      src.append("  @ToNull @LogFormat(style = \"").append(STYLED.get(i)[0]).append("\", value = \"")
          .append(escape(STYLED.get(i)[1])).append("\") Handler s").append(i).append("();\n");
    }
    src.append("}\n");
    classes = CompiledClasses.compile(JavaFileObjects.forSourceString("fmt.Table", src.toString()));
    pipeline = classes.createPipeline("fmt.TablePipeline");
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
  }

  @Test
  void compiledBraceAndTemplateFormatsMatchTheRuntimeFormatter() {
    for (int i = 0; i < STYLED.size(); i++) {
      Formatter compiled = ((Handler) CompiledClasses.call(pipeline, "s" + i)).getFormatter();
      Formatter runtime = new Formatter(STYLED.get(i)[1], null, STYLED.get(i)[0].charAt(0));
      assertWithMessage("compiled formatter class").that(compiled.getClass()).isNotEqualTo(Formatter.class);
      for (LogRecord r : records()) {
        assertWithMessage("format %s on %s", STYLED.get(i)[1], r)
            .that(compiled.format(r.copy())).isEqualTo(runtime.format(r.copy()));
      }
    }
  }

  static List<LogRecord> records() {
    List<LogRecord> records = new ArrayList<>();
    records.add(new LogRecord("app", Level.INFO, "/src/app/Main.java", 42, "hello %s", new Object[] {"world"}, null, "main", null));
    records.add(new LogRecord("", Level.WARNING, null, 0, "no caller", null, null, null, null));
    LogRecord negative = new LogRecord("𝔘nï", 5, "C:\\src\\Win.java", 0, "astral", null, null, "f", null);
    negative.setCaller("C:\\src\\Win.java", -17, "f");
    records.add(negative);
    records.add(new LogRecord("app.db", Level.ERROR, "/src/Db.java", 7, "failed %d times", new Object[] {3},
        new IllegalStateException("boom"), "query", "Stack (most recent call last):\n  here"));
    records.add(new LogRecord("a.very.long.logger.name.indeed", Level.CRITICAL, "/x.java", 123456, "%", null, null, "g", null));
    LogRecord task = new LogRecord("t", Level.DEBUG, "/t.java", 1, "in task", null, null, "t", null);
    task.setTaskName("Task-1");
    records.add(task);
    return records;
  }

  @Test
  void compiledFormatsMatchTheRuntimeFormatter() {
    for (int i = 0; i < FORMATS.size(); i++) {
      Formatter compiled = ((Handler) CompiledClasses.call(pipeline, "f" + i)).getFormatter();
      Formatter runtime = new Formatter(FORMATS.get(i));
      assertWithMessage("compiled formatter class").that(compiled.getClass()).isNotEqualTo(Formatter.class);
      for (LogRecord r : records()) {
        LogRecord a = r.copy();
        LogRecord b = r.copy();
        assertWithMessage("format %s on %s", FORMATS.get(i), r).that(compiled.format(a)).isEqualTo(runtime.format(b));
        assertWithMessage("exc_text cached").that(a.getExcText()).isEqualTo(b.getExcText());
      }
    }
  }

  @Test
  void compiledFormatsAppendAfterExistingText() {
    Formatter compiled = ((Handler) CompiledClasses.call(pipeline, "f1")).getFormatter();
    for (LogRecord r : records()) {
      StringBuilder a = new StringBuilder("prefix ");
      StringBuilder b = new StringBuilder("prefix ");
      compiled.format(r.copy(), a);
      new Formatter(FORMATS.get(1)).format(r.copy(), b);
      assertWithMessage("record %s", r).that(a.toString()).isEqualTo(b.toString());
    }
  }

  @Test
  void compiledFormatsSetMessageAndAsctimeAsTheRuntimeFormatterDoes() {
    for (int i = 0; i < FORMATS.size(); i++) {
      Formatter compiled = ((Handler) CompiledClasses.call(pipeline, "f" + i)).getFormatter();
      Formatter runtime = new Formatter(FORMATS.get(i));
      for (LogRecord r : records()) {
        LogRecord a = r.copy();
        LogRecord b = r.copy();
        compiled.format(a, new StringBuilder());
        runtime.format(b, new StringBuilder());
        assertWithMessage("message after %s", FORMATS.get(i)).that(a.getMessageAttribute()).isEqualTo(b.getMessageAttribute());
        assertWithMessage("asctime after %s", FORMATS.get(i)).that(a.getAsctime()).isEqualTo(b.getAsctime());
      }
    }
  }

  /** Verifies that compiled common formats append without allocating, record after record. */
  @Test
  void compiledCommonFormatsAllocateNothingInSteadyState() {
    for (String method : List.of("f0", "f1", "f2", "s0", "s5")) {
      Formatter compiled = ((Handler) CompiledClasses.call(pipeline, method)).getFormatter();
      LogRecord template = new LogRecord("app.db", Level.INFO, "/src/Db.java", 7, "user %s logged in after %d tries",
          new Object[] {"alice", 3}, null, "login", null);
      LogRecord record = new LogRecord();
      StringBuilder out = new StringBuilder(256);
      long[] nanos = {1_057_675_785_000_000_000L};
      double perCall = Allocations.bytesPerCall(50_000, 20_000, () -> {
        nanos[0] += 10_000; // within one second: asctime comes from the per-second cache
        template.setCreatedNanos(nanos[0]);
        record.copyFrom(template);
        out.setLength(0);
        compiled.format(record, out);
      });
      assertWithMessage("bytes per format by %s (last: %s)", method, out).that(perCall).isLessThan(1.0);
    }
  }
}
