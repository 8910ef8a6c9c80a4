package dev.logwright.handlers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The spec's syslog priority and facility tables, for {@link SysLogHandler}. */
final class SyslogCodes {
  static final int LOG_EMERG = 0;
  static final int LOG_ALERT = 1;
  static final int LOG_CRIT = 2;
  static final int LOG_ERR = 3;
  static final int LOG_WARNING = 4;
  static final int LOG_NOTICE = 5;
  static final int LOG_INFO = 6;
  static final int LOG_DEBUG = 7;

  static final Map<String, Integer> PRIORITY_NAMES;
  static final Map<String, Integer> FACILITY_NAMES;
  static final Map<String, String> PRIORITY_MAP;

  static {
    Map<String, Integer> p = new LinkedHashMap<>();
    p.put("alert", LOG_ALERT);
    p.put("crit", LOG_CRIT);
    p.put("critical", LOG_CRIT);
    p.put("debug", LOG_DEBUG);
    p.put("emerg", LOG_EMERG);
    p.put("err", LOG_ERR);
    p.put("error", LOG_ERR); // deprecated
    p.put("info", LOG_INFO);
    p.put("notice", LOG_NOTICE);
    p.put("panic", LOG_EMERG); // deprecated
    p.put("warn", LOG_WARNING); // deprecated
    p.put("warning", LOG_WARNING);
    PRIORITY_NAMES = Collections.unmodifiableMap(p);

    String[] facilities = {"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
        "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron"};
    Map<String, Integer> f = new LinkedHashMap<>();
    for (int i = 0; i < facilities.length; i++) {
      f.put(facilities[i], i);
    }
    for (int i = 0; i < 8; i++) {
      f.put("local" + i, 16 + i);
    }
    FACILITY_NAMES = Collections.unmodifiableMap(f);

    // Originally a workaround for GH-43683; kept because overriding code relies on it.
    Map<String, String> m = new LinkedHashMap<>();
    m.put("DEBUG", "debug");
    m.put("INFO", "info");
    m.put("WARNING", "warning");
    m.put("ERROR", "error");
    m.put("CRITICAL", "critical");
    PRIORITY_MAP = Collections.unmodifiableMap(m);
  }

  private SyslogCodes() {}

  static int facility(String name) {
    Integer v = FACILITY_NAMES.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "unknown facility name: '" + name + "'; one of " + FACILITY_NAMES.keySet());
    }
    return v;
  }

  static int priority(String name) {
    Integer v = PRIORITY_NAMES.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "unknown priority name: '" + name + "'; one of " + PRIORITY_NAMES.keySet());
    }
    return v;
  }
}
