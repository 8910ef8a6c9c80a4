package dev.logwright;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.logwright.internal.PyException;
import dev.logwright.internal.PyRepr;
import dev.logwright.testing.CPython;
import dev.logwright.testing.MiniJson;
import dev.logwright.testing.PyValues;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verifies that {@link Formatter} gives CPython 3.13's {@code logging.Formatter} output byte for
 * byte (or the same error) for a table of formats in the three styles, date formats, zones (UTC,
 * two with daylight saving time, and {@code gmtime}) and records with fixed times. Both our paths,
 * {@code format(record)} and {@code format(record, buffer)}, are checked. Exceptions are compared
 * by structure, since a Java stack trace stands in for a traceback.
 */
class FormatterDifferentialTest {
  private static final String[][] FORMATS = {
    {"%", "%(message)s"},
    {"%", "%(asctime)s %(levelname)-8s %(name)s: %(message)s"},
    {"%", "%(asctime)s,%(msecs)03d %(levelname)s [%(threadName)s] %(module)s.%(funcName)s:%(lineno)d %(message)s"},
    {"%", "%(levelno)5d|%(levelname).3s|%(name)10s|%(name)-10s|%(process)x|%(thread)#o|%(lineno)+d"},
    {"%", "%(created)f %(msecs)s %(msecs).1f %(msecs)d %(created).3e %(msecs)r"},
    {"%", "%(filename)r %(pathname)s %(args)s %(msg)r %(module)a"},
    {"%", "[%(user)s] %(message)s"},
    {"%", "%(levelname)s %(message)s 100%%"},
    {"%", "%(message)-20.5s|%(message)r"},
    {"%", "%(stack_info)s %(exc_text)s %(taskName)s %(processName)s %(exc_info)s"},
    {"%", "%(message)s %s"},
    {"%", "%(nosuch)s %(message)s"},
    {"%", "%(message)*s"},
    {"%", "%(message)y"},
    {"%", "%(levelno)d %(name)d"},
    {"%", "no fields here"},
    {"%", "%(asctime)"},
    {"{", "{message}"},
    {"{", "{asctime} {levelname:<8} {name}: {message}"},
    {"{", "{asctime} {levelname:^9} {name!r} {lineno:05d} {message!r} {{literal}}"},
    {"{", "{levelno:+d} {levelno:x} {levelno:#b} {process:,} {thread:_} {levelno:#o} {lineno:>6}"},
    {"{", "{created:.3f} {msecs:03.0f} {msecs} {created:e} {msecs:%} {created:g} {msecs:.2}"},
    {"{", "{name:*>12} {name:.2} {funcName!a} {args} {args!r} {msg!s:>30}"},
    {"{", "{user} {message}"},
    {"{", "{message:{width}}|{levelname:{fill}^{width}}"},
    {"{", "{nosuch} {message}"},
    {"{", "{levelname[0]} {args[1]} {name[2]}"},
    {"{", "{0}"},
    {"{", "{message"},
    {"{", "{message!x}"},
    {"{", "{message:%%}"},
    {"{", "message only"},
    {"{", "{message} }"},
    {"{", "{levelname:d}"},
    {"{", "{levelno:s}"},
    {"{", "{exc_text:>5}"},
    {"$", "${message}"},
    {"$", "$asctime $levelname $name: $message"},
    {"$", "${levelname}x $$ ${user} $levelno $lineno $msecs $created $args"},
    {"$", "$message $"},
    {"$", "$nosuch $message"},
    {"$", "no fields"},
    {"$", "${asctime} [$process] $funcName"},
  };

  private static final String[] DATEFMTS = {
    null,
    "%Y-%m-%dT%H:%M:%S%z",
    "%d/%b/%Y:%H:%M:%S %Z",
    "%a %A %b %B %c | %x %X %p %I %j %U %W %w %y",
    "%e %F %T %G-W%V-%u %k %l %P %C %g %D %R %r %h %-d %_m %^a %10Y %f %Q %%",
    "",
  };

  /** TZ for Python and zone for ours; "gmtime" is Python's time.gmtime converter under Berlin. */
  private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "gmtime"};

  private final List<Map<String, Object>> cases = new ArrayList<>();
  private final List<Formatter> formatters = new ArrayList<>();
  private final List<RuntimeException> constructionErrors = new ArrayList<>();
  private final List<Rec> recs = new ArrayList<>();

  /** A record described once, for Python (as JSON) and for us. */
  private static final class Rec {
    final Map<String, Object> json = new LinkedHashMap<>();
    String name = "app.db";
    int level = Level.INFO;
    String pathname = "/srv/app/db/models.py";
    int lineno = 42;
    String msg = "user %s logged in from %s";
    Object[] args = {"alice", "10.0.0.1"};
    String func = "login";
    long createdNanos = 1_057_675_785_896_123_456L;
    String excText;
    String stackInfo;
    String raise;
    Map<String, Object> extra = new LinkedHashMap<>();

    LogRecord build() {
      LogRecord r = new LogRecord();
      r.init(name, level, msg, args, raise == null ? null : new IllegalStateException(raise), createdNanos);
      r.setCaller(pathname, lineno, func);
      r.setThread(140245L, "MainThread");
      r.setProcess(4321L, "MainProcess");
      r.setExcText(excText);
      r.setStackInfo(stackInfo);
      if (!extra.isEmpty()) {
        r.putExtra(extra);
      }
      return r;
    }

    Map<String, Object> toJson() {
      json.put("name", name);
      json.put("levelno", level);
      json.put("pathname", pathname);
      json.put("lineno", lineno);
      json.put("msg", msg);
      json.put("args", args == null ? null : PyValues.encodeAll(args));
      json.put("funcName", func);
      json.put("created_ns", Long.toString(createdNanos));
      json.put("thread", 140245L);
      json.put("threadName", "MainThread");
      json.put("process", 4321L);
      json.put("processName", "MainProcess");
      json.put("exc_text", excText);
      json.put("stack_info", stackInfo);
      json.put("raise", raise);
      json.put("extra", extra.isEmpty() ? null : PyValues.encode(extra));
      return json;
    }
  }

  private static List<Rec> records() {
    Rec summer = new Rec();
    summer.extra.put("user", "carol");
    Rec winter = new Rec();
    winter.name = "root";
    winter.level = Level.WARNING;
    winter.pathname = "main.py";
    winter.msg = "disk %d%% full, %.1f GB left";
    winter.args = new Object[] {93, 12.25};
    winter.func = "<module>";
    winter.createdNanos = 1_041_379_200_005_000_000L;
    Rec dst = new Rec();
    dst.level = 25;
    dst.msg = "%(user)s did %(n)d things \u2713 caf\u00e9 \ud83d\ude00";
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("user", "bob");
    mapping.put("n", 3);
    dst.args = new Object[] {mapping};
    dst.createdNanos = 1_048_985_999_999_000_000L;
    dst.extra.put("user", "dave");
    dst.extra.put("req", 17);
    Rec texts = new Rec();
    texts.msg = "ends with newline\n";
    texts.args = null;
    texts.excText = "Traceback (most recent call last):\n  File \"x.py\", line 1\nValueError: x";
    texts.stackInfo = "Stack (most recent call last):\n  File \"y.py\", line 2, in f";
    Rec empty = new Rec();
    empty.msg = "";
    empty.args = new Object[0];
    empty.excText = "cached exception text";
    Rec broken = new Rec();
    broken.msg = "%d items";
    broken.args = new Object[] {"x"};
    Rec roundsUp = new Rec();
    // created as a float rounds up to the next second: msecs must be 0, not 999 (gh-89047)
    roundsUp.createdNanos = 1_700_000_000_999_999_999L;
    return Arrays.asList(summer, winter, dst, texts, empty, broken, roundsUp);
  }

  private void add(String style, String fmt, String datefmt, String zone, Rec rec, Map<String, Object> defaults) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("fmt", fmt);
    c.put("datefmt", datefmt);
    c.put("style", style);
    c.put("validate", true);
    c.put("defaults", defaults == null ? null : PyValues.encode(defaults));
    c.put("tz", zone.equals("gmtime") ? "Europe/Berlin" : zone);
    c.put("gmtime", zone.equals("gmtime"));
    c.put("record", rec.toJson());
    cases.add(c);
    recs.add(rec);
    try {
      Formatter f = new Formatter(fmt, datefmt, style.charAt(0), true, defaults);
      f.setZone(zone.equals("gmtime") ? ZoneOffset.UTC : ZoneId.of(zone));
      formatters.add(f);
      constructionErrors.add(null);
    } catch (RuntimeException e) {
      formatters.add(null);
      constructionErrors.add(e);
    }
  }

  private void table() {
    List<Rec> records = records();
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("user", "nobody");
    defaults.put("width", 12);
    defaults.put("fill", "~");
    int n = 0;
    for (String[] f : FORMATS) {
      for (Rec rec : records) {
        add(f[0], f[1], DATEFMTS[n % DATEFMTS.length], ZONES[n % ZONES.length], rec, n % 2 == 0 ? defaults : null);
        n++;
      }
    }
    for (String datefmt : DATEFMTS) {
      for (String zone : ZONES) {
        for (Rec rec : Arrays.asList(records.get(0), records.get(1), records.get(2), records.get(6))) {
          add("%", "%(asctime)s %(message)s", datefmt, zone, rec, null);
        }
      }
    }
    add("%", "%(asctime)s %(message)s", "%s %Y", "Europe/Berlin", records.get(0), null);
    add("{", "{asctime} {message}", "%s %H", "America/New_York", records.get(1), null);
    Rec raising = new Rec();
    raising.raise = "boom";
    add("%", "%(levelname)s %(message)s", null, "UTC", raising, null);
    Rec raisingEmpty = new Rec();
    raisingEmpty.msg = "";
    raisingEmpty.args = null;
    raisingEmpty.raise = "boom";
    add("$", "$message", null, "UTC", raisingEmpty, null);
  }

  @Test
  void matchesCPythonForEveryCase() throws Exception {
    CPython.require(3, 13);
    table();
    String out = CPython.runFile(
            Paths.get("src/test/resources/python/formatter_cases.py"),
            Collections.emptyList(), MiniJson.write(cases), Collections.emptyMap(), null)
        .checkedStdout();
    List<?> expected = (List<?>) MiniJson.parse(out);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Map<?, ?> want = (Map<?, ?>) expected.get(i);
      String wanted = want.containsKey("ok") ? "ok: " + want.get("ok") : want.get("err") + ": " + want.get("msg");
      String viaString = ours(i, false);
      String viaBuffer = ours(i, true);
      boolean raised = recs.get(i).raise != null;
      if (!matches(wanted, viaString, raised) || !matches(wanted, viaBuffer, raised)) {
        mismatches.add(PyRepr.repr(cases.get(i).get("style") + " " + cases.get(i).get("fmt"))
            + " datefmt=" + PyRepr.repr(cases.get(i).get("datefmt")) + " tz=" + cases.get(i).get("tz")
            + " gmtime=" + cases.get(i).get("gmtime") + " msg=" + PyRepr.repr(recs.get(i).msg)
            + "\n    python: " + PyRepr.repr(wanted) + "\n    string: " + PyRepr.repr(viaString)
            + "\n    buffer: " + PyRepr.repr(viaBuffer));
      }
    }
    assertWithMessage("cases: %s, mismatches: %s\n%s", cases.size(), mismatches.size(),
        String.join("\n", mismatches)).that(mismatches).isEmpty();
    assertWithMessage("table size").that(cases.size()).isAtLeast(40);
  }

  /**
   * Exact equality, except for records with an exception: there the text before the exception
   * must be equal, Python's traceback must end with "ValueError: boom" and our trace must start
   * with "java.lang.IllegalStateException: boom".
   */
  private static boolean matches(String python, String ours, boolean raised) {
    if (!raised) {
      return python.equals(ours);
    }
    int tb = python.indexOf("Traceback (most recent call last):\n");
    int trace = ours.indexOf("java.lang.IllegalStateException: boom\n\tat ");
    return tb >= 0 && trace >= 0 && python.substring(0, tb).equals(ours.substring(0, trace))
        && python.endsWith("\nValueError: boom") && !ours.endsWith("\n");
  }

  private String ours(int i, boolean buffer) {
    if (formatters.get(i) == null) {
      return describe(constructionErrors.get(i));
    }
    LogRecord record = recs.get(i).build();
    try {
      if (!buffer) {
        return "ok: " + formatters.get(i).format(record);
      }
      StringBuilder sb = new StringBuilder("prefix\n");
      formatters.get(i).format(record, sb);
      return "ok: " + sb.substring("prefix\n".length());
    } catch (RuntimeException e) {
      return describe(e);
    }
  }

  private static String describe(RuntimeException e) {
    if (e instanceof PyException) {
      return ((PyException) e).pythonType() + ": " + ((PyException) e).pythonMessage();
    }
    return "ValueError: " + e.getMessage();
  }
}
