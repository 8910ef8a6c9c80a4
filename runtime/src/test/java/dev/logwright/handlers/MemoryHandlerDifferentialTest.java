package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.CPython;
import dev.logwright.testing.StderrCapture;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verifies that for scripted sequences of records, flushes, target changes and closes, our
 * {@link MemoryHandler} hands the same records to the same targets at the same steps as
 * CPython's, and keeps the same records buffered at the end.
 */
class MemoryHandlerDifferentialTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static final int[] LEVELS = {
    Level.DEBUG, Level.INFO, Level.WARNING, Level.ERROR, Level.CRITICAL, 25, 45
  };

  /** One scenario: handler parameters and operations, each op a list as the script reads it. */
  static final class Scenario {
    final int capacity;
    final int flushLevel;
    final boolean flushOnClose;
    final String target;
    final List<Object[]> ops = new ArrayList<>();

    Scenario(int capacity, int flushLevel, boolean flushOnClose, String target) {
      this.capacity = capacity;
      this.flushLevel = flushLevel;
      this.flushOnClose = flushOnClose;
      this.target = target;
    }

    Scenario emit(int level, String msg) {
      ops.add(new Object[] {"emit", level, msg});
      return this;
    }

    Scenario setTarget(String name) {
      ops.add(new Object[] {"setTarget", name});
      return this;
    }

    Scenario flush() {
      ops.add(new Object[] {"flush"});
      return this;
    }

    Scenario close() {
      ops.add(new Object[] {"close"});
      return this;
    }
  }

  @Test
  void handedOverRecordsMatchCPythonForScriptedScenarios() throws Exception {
    List<Scenario> scenarios = new ArrayList<>();
    // Capacity: the third record flushes the first three.
    scenarios.add(new Scenario(3, Level.ERROR, true, "A")
        .emit(10, "a1").emit(20, "a2").emit(20, "a3").emit(20, "a4").close());
    // flushLevel: an ERROR flushes early; a record just below it does not.
    scenarios.add(new Scenario(10, Level.ERROR, true, "A")
        .emit(20, "b1").emit(39, "b2").emit(40, "b3").emit(20, "b4").emit(50, "b5"));
    // No target: nothing is lost; records pile up beyond capacity until a target is set.
    scenarios.add(new Scenario(2, Level.ERROR, true, null)
        .emit(20, "c1").emit(20, "c2").emit(50, "c3").emit(20, "c4").setTarget("A")
        .emit(20, "c5").flush());
    // setTarget switches where the next flush goes.
    scenarios.add(new Scenario(2, Level.CRITICAL, true, "A")
        .emit(20, "d1").emit(20, "d2").emit(20, "d3").setTarget("B").emit(20, "d4")
        .setTarget(null).emit(20, "d5").emit(20, "d6").setTarget("A").flush());
    // close with flushOnClose=false keeps the buffer and drops the target.
    scenarios.add(new Scenario(5, Level.ERROR, false, "A")
        .emit(20, "e1").emit(20, "e2").close().emit(20, "e3").close().setTarget("B")
        .flush());
    // close with flushOnClose=true, twice, then records after close.
    scenarios.add(new Scenario(5, Level.ERROR, true, "A")
        .emit(20, "f1").close().close().emit(40, "f2").emit(20, "f3").setTarget("A")
        .emit(10, "f4"));
    scenarios.addAll(randomScenarios(new Random(20261123L), 150));
    assertSameAsCPython(scenarios);
  }

  private static List<Scenario> randomScenarios(Random random, int count) {
    String[] targets = {"A", "B", null};
    List<Scenario> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      Scenario sc = new Scenario(1 + random.nextInt(6), LEVELS[random.nextInt(LEVELS.length)],
          random.nextBoolean(), targets[random.nextInt(3)]);
      int ops = 5 + random.nextInt(30);
      for (int i = 0; i < ops; i++) {
        int dice = random.nextInt(20);
        if (dice < 14) {
          sc.emit(LEVELS[random.nextInt(LEVELS.length)], "r" + s + "." + i);
        } else if (dice < 17) {
          sc.setTarget(targets[random.nextInt(3)]);
        } else if (dice < 19) {
          sc.flush();
        } else {
          sc.close();
        }
      }
      out.add(sc);
    }
    return out;
  }

  private static void assertSameAsCPython(List<Scenario> scenarios) throws Exception {
    CPython.require(3, 13);
    Path script = Paths.get(MemoryHandlerDifferentialTest.class
        .getResource("/python/memory_handler_script.py").toURI());
    String expected = CPython.runFile(script, Collections.emptyList(), toJson(scenarios),
        Collections.emptyMap(), null).checkedStdout();
    List<String> ours = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      runOurs(i, scenarios.get(i), ours);
    }
    assertThat(String.join("\n", ours) + "\n").isEqualTo(expected);
  }

  private static void runOurs(int index, Scenario scenario, List<String> out) {
    out.add("== scenario " + index);
    int[] step = {-1};
    Map<String, Handler> targets = new HashMap<>();
    MemoryHandler handler = new MemoryHandler(scenario.capacity, scenario.flushLevel,
        target(scenario.target, targets, out, step), scenario.flushOnClose);
    for (int i = 0; i < scenario.ops.size(); i++) {
      step[0] = i;
      Object[] op = scenario.ops.get(i);
      switch ((String) op[0]) {
        case "emit":
          LogRecord record = new LogRecord();
          record.init("diff", (Integer) op[1], op[2], null, null, 0L);
          handler.handle(record);
          break;
        case "setTarget":
          handler.setTarget(target((String) op[1], targets, out, step));
          break;
        case "flush":
          handler.flush();
          break;
        default:
          handler.close();
      }
    }
    StringBuilder buffer = new StringBuilder("buffer: ");
    List<LogRecord> left = handler.getBuffer();
    for (int i = 0; i < left.size(); i++) {
      buffer.append(i == 0 ? "" : " ").append(left.get(i).getMessage());
    }
    out.add(buffer.toString());
  }

  private static Handler target(
      String name, Map<String, Handler> targets, List<String> out, int[] step) {
    if (name == null) {
      return null;
    }
    return targets.computeIfAbsent(name, n -> new Handler() {
      @Override
      public void emit(LogRecord record) {
        out.add("step " + step[0] + ": " + n + " <- " + record.getMessage());
      }
    });
  }

  private static String toJson(List<Scenario> scenarios) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      json.append(i == 0 ? "" : ",").append("{\"capacity\":").append(s.capacity)
          .append(",\"flushLevel\":").append(s.flushLevel)
          .append(",\"flushOnClose\":").append(s.flushOnClose)
          .append(",\"target\":").append(jsonValue(s.target)).append(",\"ops\":[");
      for (int j = 0; j < s.ops.size(); j++) {
        json.append(j == 0 ? "[" : ",[");
        Object[] op = s.ops.get(j);
        for (int k = 0; k < op.length; k++) {
          json.append(k == 0 ? "" : ",").append(jsonValue(op[k]));
        }
        json.append(']');
      }
      json.append("]}");
    }
    return json.append(']').toString();
  }

  private static String jsonValue(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof String ? "\"" + value + "\"" : value.toString();
  }

  @Test
  void scenarioJsonListsEveryOperation() {
    // Guards the serializer the differential test relies on.
    Scenario s = new Scenario(2, 40, false, null).emit(20, "x").setTarget("B").flush().close();
    assertThat(toJson(Arrays.asList(s))).isEqualTo(
        "[{\"capacity\":2,\"flushLevel\":40,\"flushOnClose\":false,\"target\":null,"
            + "\"ops\":[[\"emit\",20,\"x\"],[\"setTarget\",\"B\"],[\"flush\"],[\"close\"]]}]");
  }
}
