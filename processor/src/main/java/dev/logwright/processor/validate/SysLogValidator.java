package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks {@code @ToSysLog}: the address, the facility by its name in the spec's table, the socket type. */
public final class SysLogValidator implements HandlerValidator {
  /** The spec's facility names and codes, as CPython 3.13's {@code facility_names}. */
  static final Map<String, Integer> FACILITIES = new LinkedHashMap<>();
  /** The spec's priority names, as CPython's {@code priority_names}. */
  static final List<String> PRIORITIES = List.of("alert", "crit", "critical", "debug", "emerg", "err", "error",
      "info", "notice", "panic", "warn", "warning");

  static {
    String[] names = {"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp",
        "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron"};
    for (int i = 0; i < names.length; i++) {
      FACILITIES.put(names[i], i);
    }
    for (int i = 0; i < 8; i++) {
      FACILITIES.put("local" + i, 16 + i);
    }
  }

  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    String facility = attrs.string("facility");
    boolean ok = true;
    if (!FACILITIES.containsKey(facility)) {
      String lower = facility.toLowerCase(Locale.ROOT);
      String hint = FACILITIES.containsKey(lower) ? " (did you mean '" + lower + "'?)" : "";
      ctx.report(Problem.UNKNOWN_FACILITY, attrs.origin("facility"), facility, hint, String.join(", ", FACILITIES.keySet()));
      ok = false;
    }
    String socktype = attrs.string("socktype");
    if (!socktype.equals("dgram") && !socktype.equals("stream")) {
      ctx.report(Problem.UNKNOWN_SOCKTYPE, attrs.origin("socktype"), socktype);
      ok = false;
    }
    Text address = Checks.text(attrs, "address", ctx);
    if (address == null || !ok) {
      return Optional.empty();
    }
    Map<String, String> priorities = priorities(attrs, ctx);
    String chosen = attrs.isExplicit("socktype") ? socktype : "";
    if (priorities == null) {
      return Optional.empty();
    }
    return address(attrs, ctx).map(parts -> new HandlerModel.SysLog(common, parts[0], parts[1],
        parts[2], facility, chosen, attrs.string("ident"), attrs.bool("appendNul"), priorities));
  }

  /** Returns the {@code priorityMap} entries in order, or null after reporting a bad one. */
  private static Map<String, String> priorities(Attributes attrs, ValidationContext ctx) {
    Map<String, String> map = new LinkedHashMap<>();
    List<String> entries = attrs.strings("priorityMap");
    boolean ok = true;
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        ctx.report(Problem.BAD_PRIORITY_ENTRY, attrs.origin("priorityMap", i), entry);
        ok = false;
        continue;
      }
      String priority = entry.substring(eq + 1);
      if (!PRIORITIES.contains(priority)) {
        String lower = priority.toLowerCase(Locale.ROOT);
        String hint = PRIORITIES.contains(lower) ? " (did you mean '" + lower + "'?)" : "";
        ctx.report(Problem.UNKNOWN_PRIORITY, attrs.origin("priorityMap", i), priority, hint, String.join(", ", PRIORITIES));
        ok = false;
        continue;
      }
      map.put(entry.substring(0, eq), priority);
    }
    return ok ? map : null;
  }

  /** Splits the address into host, port and path; empty after reporting a malformed one. */
  private static Optional<Text[]> address(Attributes attrs, ValidationContext ctx) {
    String raw = attrs.string("address");
    Text[] hostPort = Checks.hostAndPort(raw);
    if (raw.startsWith("/") || (raw.startsWith("${") && hostPort == null)) {
      return Optional.of(new Text[] {null, new Text("0"), new Text(raw)});
    }
    if (hostPort == null) {
      ctx.report(Problem.BAD_SYSLOG_ADDRESS, attrs.origin("address"), raw);
      return Optional.empty();
    }
    return Optional.of(new Text[] {hostPort[0], hostPort[1], new Text("")});
  }
}
