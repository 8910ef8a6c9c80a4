package dev.logwright.internal;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.logwright.testing.CPython;
import dev.logwright.testing.MiniJson;
import dev.logwright.testing.PyValues;
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
 * Verifies that {@link FormatSpec} gives CPython 3.13's {@code format(value, spec)}, errors
 * included, for every spec of a table applied to values of every type.
 */
class FormatSpecDifferentialTest {
  private static final String[] SPECS = {
    "", "s", "10", "<10", ">10", "^10", "*^11", "0>6", "=8", "+", " ", "-", "#", "05", "010",
    ".3", "10.3", ",", "_", "010,", "d", "+d", "x", "#x", "#X", "08x", "_x", "#_b", "o", "#o",
    "b", "c", "n", "e", ".2e", "E", "f", ".0f", "#.0f", ".2f", "+.3f", ",.2f", "012,.2f", "F",
    "g", ".3g", "#g", "G", "%", ".1%", ".0", ".1", "r", "10.2x", ",x", "z", "<", "#s", "q",
    "\u00e9^7", "=+010.2f",
  };

  private static final Object[] VALUES = {
    "text", "caf\u00e9 \ud83d\ude00", "", 0, 7, -42, 1234567, Long.MIN_VALUE, new BigInteger("-12345678901234567890123"),
    true, false, 0.0, -0.0, 1.5, -1234.5678, 1e-7, 1e16, 123456789.125, 2.5, 0.125,
    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null, Arrays.asList(1, 2),
  };

  @Test
  void matchesCPythonForEverySpecAndValue() throws Exception {
    CPython.require(3, 13);
    List<Object> cases = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (String spec : SPECS) {
      for (Object value : VALUES) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("value", PyValues.encode(value));
        c.put("spec", spec);
        cases.add(c);
        ours.add(ours(value, spec));
      }
    }
    String out = CPython.runFile(Paths.get("src/test/resources/python/format_spec_cases.py"),
        Collections.emptyList(), MiniJson.write(cases), Collections.emptyMap(), null).checkedStdout();
    List<?> expected = (List<?>) MiniJson.parse(out);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Map<?, ?> want = (Map<?, ?>) expected.get(i);
      String wanted = want.containsKey("ok") ? "ok: " + want.get("ok") : want.get("err") + ": " + want.get("msg");
      if (!wanted.equals(ours.get(i))) {
        Object value = VALUES[i % VALUES.length];
        mismatches.add("format(" + PyRepr.repr(value) + ", " + PyRepr.repr(SPECS[i / VALUES.length])
            + ")\n    python: " + PyRepr.repr(wanted) + "\n    ours:   " + PyRepr.repr(ours.get(i)));
      }
    }
    assertWithMessage("%s cases, %s mismatches", cases.size(), mismatches.size())
        .that(mismatches).isEmpty();
  }

  private static String ours(Object value, String spec) {
    StringBuilder sb = new StringBuilder();
    try {
      FormatSpec.format(sb, value, spec);
      return "ok: " + sb;
    } catch (PyException e) {
      return e.pythonType() + ": " + e.pythonMessage();
    } catch (RuntimeException e) {
      return "Java " + e;
    }
  }
}
