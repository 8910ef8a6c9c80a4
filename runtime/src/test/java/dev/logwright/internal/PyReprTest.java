package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies Python's {@code str}/{@code repr}/{@code ascii} of Java values and the type mapping. */
class PyReprTest {
  @Test
  void scalarsPrintAsPythonValues() {
    assertThat(PyRepr.repr(null)).isEqualTo("None");
    assertThat(PyRepr.repr(true)).isEqualTo("True");
    assertThat(PyRepr.repr(3)).isEqualTo("3");
    assertThat(PyRepr.repr(new BigInteger("123456789012345678901"))).isEqualTo("123456789012345678901");
    assertThat(PyRepr.repr(1e16)).isEqualTo("1e+16");
    assertThat(PyRepr.repr(0.1f)).isEqualTo("0.10000000149011612");
    assertThat(PyRepr.repr(new BigDecimal("2.50"))).isEqualTo("2.5");
    assertThat(PyRepr.str("it's")).isEqualTo("it's");
    assertThat(PyRepr.repr("it's")).isEqualTo("\"it's\"");
    assertThat(PyRepr.repr('c')).isEqualTo("'c'");
  }

  @Test
  void containersPrintAsListsDictsAndTuples() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", 1);
    map.put("b", Arrays.asList("x", null));
    assertThat(PyRepr.repr(map)).isEqualTo("{'a': 1, 'b': ['x', None]}");
    assertThat(PyRepr.str(new Object[] {1.5, "q"})).isEqualTo("[1.5, 'q']");
    assertThat(PyRepr.repr(new PyTuple(new Object[] {1}))).isEqualTo("(1,)");
    assertThat(PyRepr.repr(new PyTuple(new Object[0]))).isEqualTo("()");
    assertThat(PyRepr.str(new PyTuple(new Object[] {"a", 2}))).isEqualTo("('a', 2)");
  }

  @Test
  void asciiEscapesEveryNonAsciiCharacter() {
    StringBuilder sb = new StringBuilder();
    PyRepr.appendAscii(sb, Arrays.asList("\u00e9", "\u1234", "\ud83d\ude00"));
    assertThat(sb.toString()).isEqualTo("['\\xe9', '\\u1234', '\\U0001f600']");
  }

  @Test
  void reprEscapesWhatPythonDoesNotPrint() {
    assertThat(PyRepr.repr("\u00a0\u2028\u200b\ud800x\u00e9")).isEqualTo("'\\xa0\\u2028\\u200b\\ud800x\u00e9'");
  }

  @Test
  void typeNamesFollowTheMapping() {
    assertThat(PyTypes.name(null)).isEqualTo("NoneType");
    assertThat(PyTypes.name(true)).isEqualTo("bool");
    assertThat(PyTypes.name(1L)).isEqualTo("int");
    assertThat(PyTypes.name(BigDecimal.ONE)).isEqualTo("float");
    assertThat(PyTypes.name(new StringBuilder("x"))).isEqualTo("str");
    assertThat(PyTypes.name(new Object[0])).isEqualTo("list");
    assertThat(PyTypes.name(new PyTuple(new Object[0]))).isEqualTo("tuple");
    assertThat(PyTypes.name(new LinkedHashMap<>())).isEqualTo("dict");
  }
}
