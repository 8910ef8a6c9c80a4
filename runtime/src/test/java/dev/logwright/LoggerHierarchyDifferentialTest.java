package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.testing.CPython;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the logger hierarchy routes records exactly as CPython's: a seeded random script
 * of level, propagation, disabling and handler changes, interleaved with logging calls, gives
 * the same handlers for every record, the same {@code isEnabledFor} answers and effective levels.
 */
class LoggerHierarchyDifferentialTest {
  private static final String[] NAMES = {"root", "a", "a.b", "a.b.c", "a.bc", "x.y", "x", "a.b.c.d"};
  private static final int[] LEVELS = {0, 5, 10, 20, 25, 30, 40, 50};

  private Handler savedLastResort;
  private final List<String> received = new ArrayList<>();

  @BeforeEach
  void recordLastResort() {
    savedLastResort = Logging.lastResort();
    Logging.setLastResort(new Recording("lastResort", Level.WARNING));
  }

  @AfterEach
  void restoreLastResort() {
    Logging.setLastResort(savedLastResort);
  }

  @Test
  void randomScriptsRouteRecordsLikeCPython() throws IOException {
    CPython.require(3, 13);
    for (long seed = 1; seed <= 5; seed++) {
      List<String> script = script(new Random(seed), 400);
      String expected = CPython.runFile(
              Paths.get("src/test/resources/python/logger_hierarchy.py"),
              List.of(), String.join("\n", script), Map.of(), null)
          .checkedStdout();
      assertThat(run(script)).isEqualTo(expected);
    }
  }

  private static List<String> script(Random random, int length) {
    List<String> ops = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      String name = NAMES[random.nextInt(NAMES.length)];
      int level = LEVELS[random.nextInt(LEVELS.length)];
      switch (random.nextInt(12)) {
        case 0: ops.add("level " + name + " " + level); break;
        case 1: ops.add("propagate " + name + " " + random.nextInt(2)); break;
        case 2: if (random.nextInt(4) == 0) ops.add("disabled " + name + " " + random.nextInt(2)); break;
        case 3: ops.add("handler " + name + " H" + random.nextInt(5) + " " + level); break;
        case 4: ops.add("remove " + name + " H" + random.nextInt(5)); break;
        case 5: if (random.nextInt(5) == 0) ops.add("disable " + (random.nextInt(3) == 0 ? level : 0)); break;
        case 6: ops.add("enabled " + name + " " + level); break;
        case 7: ops.add("effective " + name); break;
        default: ops.add("log " + name + " " + level + " m" + i); break;
      }
    }
    return ops;
  }

  private String run(List<String> script) {
    Manager manager = new Manager();
    Map<String, Handler> handlers = new HashMap<>();
    StringBuilder out = new StringBuilder();
    for (String line : script) {
      String[] p = line.split(" ");
      Logger logger = p.length > 1 && !p[0].equals("disable") ? get(manager, p[1]) : null;
      switch (p[0]) {
        case "level": logger.setLevel(Integer.parseInt(p[2])); break;
        case "propagate": logger.setPropagate(p[2].equals("1")); break;
        case "disabled": logger.setDisabled(p[2].equals("1")); break;
        case "handler":
          logger.addHandler(handlers.computeIfAbsent(p[2], h -> new Recording(h, Integer.parseInt(p[3]))));
          break;
        case "remove":
          if (handlers.containsKey(p[2])) {
            logger.removeHandler(handlers.get(p[2]));
          }
          break;
        case "disable": manager.disable(Integer.parseInt(p[1])); break;
        case "log":
          received.clear();
          logger.log(Integer.parseInt(p[2]), p[3]);
          out.append("log ").append(received.isEmpty() ? "-" : String.join(" ", received)).append('\n');
          break;
        case "enabled":
          out.append("enabled ").append(logger.isEnabledFor(Integer.parseInt(p[2])) ? "True" : "False").append('\n');
          break;
        case "effective": out.append("effective ").append(logger.getEffectiveLevel()).append('\n'); break;
        default: throw new AssertionError(line);
      }
    }
    return out.toString();
  }

  private static Logger get(Manager manager, String name) {
    return name.equals("root") ? manager.getRoot() : manager.getLogger(name);
  }

  private final class Recording extends Handler {
    private final String tag;

    Recording(String tag, int level) {
      super(level);
      this.tag = tag;
    }

    @Override
    public void emit(LogRecord record) {
      received.add(tag);
    }
  }
}
