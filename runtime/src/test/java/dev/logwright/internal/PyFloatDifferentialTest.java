package dev.logwright.internal;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.logwright.testing.CPython;
import dev.logwright.testing.MiniJson;
import dev.logwright.testing.PyValues;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Verifies {@link PyFloat}'s shortest repr and its {@code %e %f %g} rounding against CPython for
 * thousands of doubles: random bit patterns over the whole range, short decimals (where ties and
 * near-ties sit) and halfway cases.
 */
class PyFloatDifferentialTest {
  private static final String FORMAT = "%r|%s|%.17g|%.3e|%.0e|%.0f|%.2f|%g|%#.5g|%.12f|%G|%.1f|%10.4g";

  @Test
  void reprAndRoundingMatchCPython() throws Exception {
    CPython.require(3, 13);
    Random random = new Random(20_030_708L);
    List<Double> values = new ArrayList<>();
    while (values.size() < 1500) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(d) && Math.abs(d) < 1e200) {
        values.add(d);
      }
    }
    for (int i = 0; i < 1500; i++) {
      values.add((random.nextInt(2_000_001) - 1_000_000) / Math.pow(10, random.nextInt(9)));
    }
    for (int i = 0; i < 400; i++) {
      values.add((2 * random.nextInt(100_000) + 1) / 2.0 / Math.pow(10, random.nextInt(4)));
    }
    List<Object> cases = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (double d : values) {
      Map<String, Object> c = new LinkedHashMap<>();
      Object[] args = new Object[13];
      java.util.Arrays.fill(args, d);
      c.put("fmt", FORMAT);
      c.put("args", PyValues.encodeAll(args));
      cases.add(c);
      StringBuilder sb = new StringBuilder();
      Printf.format(sb, FORMAT, args);
      ours.add("ok: " + sb);
    }
    String out = CPython.runFile(Paths.get("src/test/resources/python/printf_cases.py"),
        Collections.emptyList(), MiniJson.write(cases), Collections.emptyMap(), null).checkedStdout();
    List<?> expected = (List<?>) MiniJson.parse(out);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String wanted = "ok: " + ((Map<?, ?>) expected.get(i)).get("ok");
      if (!wanted.equals(ours.get(i))) {
        mismatches.add(Double.toHexString(values.get(i)) + "\n  python: " + wanted + "\n  ours:   " + ours.get(i));
      }
    }
    assertWithMessage("%s values", values.size()).that(mismatches).isEmpty();
  }
}
