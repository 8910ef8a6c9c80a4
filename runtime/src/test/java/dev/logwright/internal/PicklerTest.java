package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.testing.CPython;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Pickler} against CPython's pickle module. */
class PicklerTest {
  /** Reads hex pickles from stdin, one a line; prints the repr of each and whether CPython re-pickles it byte for byte. */
  private static final String ROUND_TRIP = String.join("\n",
      "import pickle, sys",
      "for line in sys.stdin.read().split():",
      "    b = bytes.fromhex(line)",
      "    v = pickle.loads(b)",
      "    print('SAME' if pickle.dumps(v, 1) == b else 'DIFFERENT ' + pickle.dumps(v, 1).hex(), ascii(v)[:200])");

  /**
   * Verifies that CPython reads our pickles as the values we meant, and that its own protocol-1
   * pickle of what it read is our bytes exactly: the same opcodes, memo and batching.
   */
  @Test
  void cpythonRepicklesOurBytesIdentically() throws Exception {
    CPython.require(3, 13);
    List<Object> values = new ArrayList<>();
    List<String> reprs = new ArrayList<>();
    add(values, reprs, null, "None");
    add(values, reprs, true, "True");
    add(values, reprs, false, "False");
    add(values, reprs, 0, "0");
    add(values, reprs, 255, "255");
    add(values, reprs, 256, "256");
    add(values, reprs, 65535, "65535");
    add(values, reprs, 65536, "65536");
    add(values, reprs, -1, "-1");
    add(values, reprs, Integer.MIN_VALUE, "-2147483648");
    add(values, reprs, 2147483648L, "2147483648");
    add(values, reprs, Long.MIN_VALUE, "-9223372036854775808");
    add(values, reprs, BigInteger.TWO.pow(100), BigInteger.TWO.pow(100).toString());
    add(values, reprs, 0.1, "0.1");
    add(values, reprs, -0.0, "-0.0");
    add(values, reprs, Double.POSITIVE_INFINITY, "inf");
    add(values, reprs, "h\u00e9llo \u4e16\u754c \uD83C\uDF89", "'h\\xe9llo \\u4e16\\u754c \\U0001f389'");
    add(values, reprs, "lone \uD800 surrogate", "'lone \\ud800 surrogate'");
    add(values, reprs, new Object[0], "()");
    add(values, reprs, new Object[] {1, "a", "a", ""}, "(1, 'a', 'a', '')");
    add(values, reprs, Arrays.asList(), "[]");
    add(values, reprs, Arrays.asList("x"), "['x']");
    add(values, reprs, new LinkedHashMap<>(Map.of("k", Arrays.asList(1.5, true))), "{'k': [1.5, True]}");
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      many.add(i % 3 == 0 ? "s" + i : i);
    }
    many.add("");
    many.add("z");
    many.add("z");
    add(values, reprs, many, null);
    Map<String, Object> big = new LinkedHashMap<>();
    for (int i = 0; i < 1001; i++) {
      big.put("key" + i, i % 2 == 0 ? "" : Arrays.asList(i));
    }
    add(values, reprs, big, null);

    StringBuilder stdin = new StringBuilder();
    Pickler p = new Pickler();
    for (Object v : values) {
      p.start(0);
      p.writeValue(v);
      ByteBuffer b = p.finish();
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      stdin.append(HexFormat.of().formatHex(bytes)).append('\n');
    }
    String[] lines = CPython.run(ROUND_TRIP, stdin.toString(), Map.of(), null).checkedStdout().split("\n");
    assertThat(lines).hasLength(values.size());
    for (int i = 0; i < lines.length; i++) {
      String expected = reprs.get(i) == null ? "SAME " : "SAME " + reprs.get(i);
      if (reprs.get(i) == null) {
        assertThat(lines[i]).startsWith(expected);
      } else {
        assertThat(lines[i]).isEqualTo(expected);
      }
    }
  }

  private static void add(List<Object> values, List<String> reprs, Object value, String repr) {
    values.add(value);
    reprs.add(repr);
  }
}
