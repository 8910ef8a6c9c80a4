package dev.logwright.handlers;

import dev.logwright.LogRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records to send to {@code pickle_receiver.py}, written once as JSON for the Python side
 * (receiver and {@code pickle_sender.py}) and built as {@link LogRecord}s for ours.
 */
final class PickleScenario {
  /** One record's inputs, named as the JSON keys the scripts read. */
  static final class Spec {
    final Map<String, Object> fields = new LinkedHashMap<>();

    Spec(String name, int levelno, String msg, List<Object> args, String pathname, int lineno,
        String funcName, long createdNs, long thread, String threadName, long process,
        String processName, String exc, String stackInfo, Map<String, Object> extra) {
      fields.put("name", name);
      fields.put("levelno", levelno);
      fields.put("msg", msg);
      fields.put("args", args);
      fields.put("pathname", pathname);
      fields.put("lineno", lineno);
      fields.put("funcName", funcName);
      fields.put("created_ns", createdNs);
      fields.put("thread", thread);
      fields.put("threadName", threadName);
      fields.put("process", process);
      fields.put("processName", processName);
      fields.put("exc", exc);
      fields.put("stack_info", stackInfo);
      fields.put("extra", extra);
    }

    LogRecord toRecord() {
      @SuppressWarnings("unchecked")
      List<Object> args = (List<Object>) fields.get("args");
      String exc = (String) fields.get("exc");
      LogRecord r = new LogRecord((String) fields.get("name"), (Integer) fields.get("levelno"),
          (String) fields.get("pathname"), (Integer) fields.get("lineno"), fields.get("msg"),
          args.isEmpty() ? null : args.toArray(), exc == null ? null : new IllegalArgumentException(exc),
          (String) fields.get("funcName"), (String) fields.get("stack_info"));
      r.setCreatedNanos((Long) fields.get("created_ns"));
      r.setThread((Long) fields.get("thread"), (String) fields.get("threadName"));
      r.setProcess((Long) fields.get("process"), (String) fields.get("processName"));
      @SuppressWarnings("unchecked")
      Map<String, Object> extra = (Map<String, Object>) fields.get("extra");
      r.putExtra(extra);
      return r;
    }
  }

  final List<Spec> specs = new ArrayList<>();

  /** The standard scenario: ASCII, non-ASCII, an exception with stack info, a custom level. */
  static PickleScenario standard() {
    PickleScenario s = new PickleScenario();
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("user", "ann");
    extra.put("count", 7);
    extra.put("ratio", 0.25);
    extra.put("flag", true);
    extra.put("tags", Arrays.asList(1, "a", null, 70000, -3));
    extra.put("nested", new LinkedHashMap<>(Map.of("k", 1.5)));
    s.specs.add(new Spec("app.db", 20, "hello %s #%d", Arrays.asList("world", 42),
        "/srv/app/db.py", 12, "connect", 1_795_465_840_453_843_400L, 1L, "MainThread", 4242L,
        "MainProcess", null, null, extra));
    s.specs.add(new Spec("app.ünï", 30, "Grüße, 世界 — %s", Arrays.asList("ünïcødé \uD83C\uDF89"),
        "/srv/app/wörk.py", 300, "règle", 1_795_465_841_123_456_789L, 140_000_000_000_000L,
        "wörker-1", 70_000L, "Prözess", null, null, new LinkedHashMap<>()));
    s.specs.add(new Spec("app", 40, "failed: %s", Arrays.asList("db"), "/srv/app/main.py", 7,
        "main", 1_795_465_842_000_000_000L, 2L, "T", 1L, "MainProcess", "boom ü",
        "Stack (most recent call last):\n  File \"main.py\", line 7, in main", new LinkedHashMap<>()));
    Map<String, Object> small = new LinkedHashMap<>();
    small.put("x", "x");
    small.put("empty", "");
    s.specs.add(new Spec("", 25, "100%% literal, no args", Arrays.asList(), "", 0, "", 0L,
        65_535L, "", 256L, "a", null, null, small));
    return s;
  }

  List<LogRecord> records() {
    List<LogRecord> out = new ArrayList<>();
    for (Spec spec : specs) {
      out.add(spec.toRecord());
    }
    return out;
  }

  /** Writes the scenario as JSON to {@code file} and returns it. */
  Path write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < specs.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n");
      json(sb, specs.get(i).fields);
    }
    sb.append("\n]\n");
    Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    return file;
  }

  static void json(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String) {
      sb.append('"');
      for (char c : ((String) value).toCharArray()) {
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7e) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    } else if (value instanceof Map) {
      sb.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        sb.append(sep);
        json(sb, e.getKey());
        sb.append(": ");
        json(sb, e.getValue());
        sep = ", ";
      }
      sb.append('}');
    } else if (value instanceof List) {
      sb.append('[');
      String sep = "";
      for (Object o : (List<?>) value) {
        sb.append(sep);
        json(sb, o);
        sep = ", ";
      }
      sb.append(']');
    } else {
      sb.append(value); // numbers and booleans print as JSON
    }
  }
}
