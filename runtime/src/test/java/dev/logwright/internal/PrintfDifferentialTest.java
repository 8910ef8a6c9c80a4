package dev.logwright.internal;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.logwright.testing.CPython;
import dev.logwright.testing.MiniJson;
import dev.logwright.testing.PyValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verifies that {@link Printf} gives CPython 3.13's {@code msg % args} byte for byte, errors
 * included (same exception class and message), for a table of formats and arguments, all sent
 * to one Python run.
 */
class PrintfDifferentialTest {
  private final List<String> formats = new ArrayList<>();
  private final List<Object[]> arguments = new ArrayList<>();

  private void add(String format, Object... args) {
    formats.add(format);
    arguments.add(args);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private void table() {
    // strings, repr, ascii
    add("%s", "plain");
    add("%s and %s", "a", 1);
    add("%10s|%-10s|", "right", "left");
    add("%.3s|%5.1s|%-5.2s|", "abcdef", "xyz", "xyz");
    add("%05s|", "ab");
    add("%r", "it's");
    add("%r", "say \"hi\" it's");
    add("%r", "tab\tnew\nline\\ \u0001 \u007f \u0080 \u00a0 \u00e9 \u1234 \ud83d\ude00");
    add("%a", "caf\u00e9 \u1234 \ud83d\ude00");
    add("%s %r", null, null);
    add("%s %r %d", true, false, true);
    add("%s", Arrays.asList(1, "two", 3.0, null));
    add("%r", map("k", "v", "n", 2));
    add("%s", (Object) new Object[] {1, "x"});
    add("%s", 'c');
    add("%s|%10r|", 1.5, 1.0 / 3);
    add("%s %s %s", 1e16, 1e-5, 123456789.0);
    add("%s %s", -0.0, 1e22);
    add("%s %s", Double.NaN, Double.NEGATIVE_INFINITY);
    add("%s", 0.1f);
    add("%s", new BigDecimal("2.5"));
    add("%s", new BigInteger("123456789012345678901234567890"));
    // integers
    add("%d %i %u", 42, -42, 7L);
    add("%5d|%-5d|%05d|%+d|% d|%+ d", 42, 42, 42, 42, 42, 42);
    add("%+05d|%-05d|%0-5d|", -3, 3, 3);
    add("%.3d|%5.3d|%-6.3d|%05.3d", 7, 7, -7, 7);
    add("%d", Long.MIN_VALUE);
    add("%x %X %o", 255, 255, 8);
    add("%#x %#X %#o", 255, 255, 8);
    add("%#x %#o %x %o", 0, 0, -255, -8);
    add("%#10x|%-#10x|%#010x|%+#x", 255, 255, 255, 255);
    add("%#.3x|% 5x|%#5o", 7, 255, -8);
    add("%x", Long.MIN_VALUE);
    add("%x %d", new BigInteger("-123456789012345678901234567890"), new BigInteger("99999999999999999999"));
    add("%d %d %d", (byte) 5, (short) -6, 1.9);
    add("%d %i", -2.7, 1e20);
    add("%ld %hd %Lf", 5, 6, 1.5);
    // characters
    add("%c%c%c", 65, "b", 'C');
    add("%5c|%-5c|%05c|", "x", "y", 122);
    add("%c", "\ud83d\ude00");
    add("%c", 0x1f600);
    add("%c", true);
    // floats
    add("%f %F %e %E %g %G", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159);
    add("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5);
    add("%.2f %.2f %.1f %.1f", 2.675, 1.005, 0.25, 0.35);
    add("%.20f", 0.1);
    add("%f", 1e300);
    add("%.3f", 1e20);
    add("%10.3f|%-10.3f|%010.3f|%+.2f|% .2f", 3.14159, 3.14159, -3.14159, 2.0, 2.0);
    add("%#.0f %#.0e %#g %#.3g %#.1g", 1.0, 1.0, 1.0, 123.0, 1e10);
    add("%e %e %.0e %.0e", 0.0, -0.0, 2.5, 3.5);
    add("%+.3e %-12.2E|", 12345.678, -0.000123);
    add("%g %g %g %g %g", 0.0001, 0.00001, 123456.0, 1234567.0, -0.0);
    add("%g %G %.3g %.0g %.10g", 1e16, 1e-10, 1e100, 123.0, 1.0 / 3);
    add("%g %g", 100000.0, 1e15);
    add("%f %e %g %F %E %G", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NaN, Double.NEGATIVE_INFINITY);
    add("%05f|%+f|%-6f|%06F", Double.NEGATIVE_INFINITY, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY);
    add("%f %e", 5, new BigInteger("12345678901234567890123"));
    add("%f %.1f", true, 0.05f);
    add("%f", new BigDecimal("0.1"));
    add("%.15g %.17g %r", 0.1, 0.1, 0.1);
    add("%s %s %s", 5e-324, Double.MAX_VALUE, 1.7976931348623157e308 / 3);
    add("%g %e", Double.MIN_VALUE, Double.MIN_NORMAL);
    // star width and precision
    add("%*d|%-*d|%*d|", 5, 42, 5, 42, -5, 42);
    add("%.*f|%*.*f|%.*s|%.*d", 2, 1.234, 10, 2, 3.14159, -2, "abc", -1, 5);
    add("%0*d|", -5, 3);
    // mappings
    add("%(a)s and %(b)05.1f", map("a", "x", "b", 2.25));
    add("%(a)s%%", map("a", 1));
    add("%(a(b)c)s", map("a(b)c", 1));
    add("%s %(a)s", map("a", 1));
    add("no fields at all", map("a", 1));
    add("%(a)r %(a)s", map("a", "q'uote"));
    add("%(n)s %(n)d", map("n", 3));
    add("%(a)*d", map("a", 1));
    add("%s", Collections.emptyMap());
    add("%s %s", map("a", 1), 2);
    add("%%%s%%", "x");
    add("100%% sure", new Object[0]);
    add("caf\u00e9 %s \ud83d\ude00", "\u00e9");
    // errors
    add("%s %s", "only one");
    add("%s", "a", "b");
    add("hello", "extra");
    add("hello", Collections.emptyMap());
    add("%d", "x");
    add("%i", (Object) null);
    add("%u", Arrays.asList(1));
    add("%x", 1.5);
    add("%X", "a");
    add("%o", (Object) null);
    add("%f", "x");
    add("%e", (Object) null);
    add("%g", new BigInteger("1" + "0".repeat(400)));
    add("%c", "ab");
    add("%c", "");
    add("%c", -1);
    add("%c", 0x110000);
    add("%c", 1.5);
    add("%d %d", Double.POSITIVE_INFINITY, 0);
    add("%d", Double.NaN);
    add("%y", 1);
    add("abc%y", 1);
    add("%5%", 1);
    add("%\u0001", 1);
    add("%\u00e9", 1);
    add("\ud83d\ude00 %y", 1);
    add("%y");
    add("%", new Object[0]);
    add("abc %", 1);
    add("%-", 1);
    add("%(a", map("a", 1));
    add("%(a)", map("a", 1));
    add("%(a)s", 1);
    add("%(a)s", map("b", 1));
    add("%(a)(b)s", map("a)(b", 1));
    add("%(a)s %s", map("a", 1));
    add("%s %s", map("a", 1));
    add("%*d", "a", 1);
    add("%.*f", 1.5, 1.0);
    add("%(a)s %(b)d", map("a", "x", "b", "y"));
  }

  @Test
  void matchesCPythonForEveryCase() throws Exception {
    CPython.require(3, 13);
    table();
    List<Object> cases = new ArrayList<>();
    for (int i = 0; i < formats.size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("fmt", formats.get(i));
      c.put("args", PyValues.encodeAll(arguments.get(i)));
      cases.add(c);
    }
    String out = CPython.runFile(
            Paths.get("src/test/resources/python/printf_cases.py"),
            Collections.emptyList(), MiniJson.write(cases), Collections.emptyMap(), null)
        .checkedStdout();
    List<?> expected = (List<?>) MiniJson.parse(out);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < formats.size(); i++) {
      Map<?, ?> want = (Map<?, ?>) expected.get(i);
      String got = ours(formats.get(i), arguments.get(i));
      String wanted = want.containsKey("ok") ? "ok: " + want.get("ok") : want.get("err") + ": " + want.get("msg");
      if (!got.equals(wanted)) {
        mismatches.add(PyRepr.repr(formats.get(i)) + " % " + PyRepr.repr(Arrays.asList(arguments.get(i)))
            + "\n    python: " + PyRepr.repr(wanted) + "\n    ours:   " + PyRepr.repr(got));
      }
    }
    assertWithMessage("cases: %s, mismatches:\n%s", formats.size(), String.join("\n", mismatches))
        .that(mismatches).isEmpty();
    assertWithMessage("table size").that(formats.size()).isAtLeast(80);
  }

  private static String ours(String format, Object[] args) {
    StringBuilder sb = new StringBuilder();
    try {
      Printf.format(sb, format, args);
      return "ok: " + sb;
    } catch (PyException e) {
      return e.pythonType() + ": " + e.pythonMessage();
    }
  }
}
