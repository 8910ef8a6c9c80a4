package dev.logwright;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Logging levels as Python defines them: plain {@code int}s, with names that can be added.
 *
 * <p>The predefined levels are {@link #NOTSET} (0), {@link #DEBUG} (10), {@link #INFO} (20),
 * {@link #WARNING} (30), {@link #ERROR} (40) and {@link #CRITICAL} (50). {@link #addLevelName}
 * registers a name for a custom level (or renames a predefined one), as {@code
 * logging.addLevelName} does; the registry is shared by the whole process, as in Python.
 */
public final class Level {
  public static final int NOTSET = 0;
  public static final int DEBUG = 10;
  public static final int INFO = 20;
  public static final int WARNING = 30;
  public static final int ERROR = 40;
  public static final int CRITICAL = 50;
  /** Python's alias of {@link #WARNING}. */
  public static final int WARN = WARNING;
  /** Python's alias of {@link #CRITICAL}. */
  public static final int FATAL = CRITICAL;

  private static final Object LOCK = new Object();
  // Copy-on-write so that the hot path (levelname of every record) reads without locking.
  private static volatile Map<Integer, String> levelToName = initialLevelNames();
  private static volatile Map<String, Integer> nameToLevel = initialNameLevels();
  // Names of levels 0..CRITICAL, indexed directly: no boxing for the common case.
  private static volatile String[] smallLevelNames = smallNames(levelToName);

  private Level() {}

  private static Map<Integer, String> initialLevelNames() {
    Map<Integer, String> m = new HashMap<>();
    m.put(CRITICAL, "CRITICAL");
    m.put(ERROR, "ERROR");
    m.put(WARNING, "WARNING");
    m.put(INFO, "INFO");
    m.put(DEBUG, "DEBUG");
    m.put(NOTSET, "NOTSET");
    return m;
  }

  private static Map<String, Integer> initialNameLevels() {
    Map<String, Integer> m = new HashMap<>();
    m.put("CRITICAL", CRITICAL);
    m.put("FATAL", FATAL);
    m.put("ERROR", ERROR);
    m.put("WARN", WARNING);
    m.put("WARNING", WARNING);
    m.put("INFO", INFO);
    m.put("DEBUG", DEBUG);
    m.put("NOTSET", NOTSET);
    return m;
  }

  private static String[] smallNames(Map<Integer, String> names) {
    String[] small = new String[CRITICAL + 1];
    for (int i = 0; i < small.length; i++) {
      String name = names.get(i);
      small[i] = name != null ? name : "Level " + i;
    }
    return small;
  }

  /**
   * Returns the name of {@code level}: its registered name, or {@code "Level N"} as Python's
   * {@code getLevelName} does for levels without one.
   */
  public static String getLevelName(int level) {
    String[] small = smallLevelNames;
    if (level >= 0 && level < small.length) {
      return small[level];
    }
    String name = levelToName.get(level);
    return name != null ? name : "Level " + level;
  }

  /**
   * Associates {@code name} with {@code level}, as {@code logging.addLevelName} does. Both
   * directions are registered, so {@link #parse} accepts the new name afterwards.
   *
   * @throws IllegalArgumentException if {@code name} is empty
   */
  public static void addLevelName(int level, String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("level name is empty; give the level " + level + " a name");
    }
    synchronized (LOCK) {
      Map<Integer, String> names = new HashMap<>(levelToName);
      Map<String, Integer> levels = new HashMap<>(nameToLevel);
      names.put(level, name);
      levels.put(name, level);
      levelToName = names;
      nameToLevel = levels;
      smallLevelNames = smallNames(names);
    }
  }

  /**
   * Returns the level registered under {@code name}, or {@code null} when there is none. Names
   * are matched exactly, as in Python ({@code "info"} is not {@code "INFO"}).
   */
  public static Integer forName(String name) {
    return nameToLevel.get(name);
  }

  /**
   * Parses a level name as Python's {@code _checkLevel} does: only registered names, matched
   * exactly ({@code "10"} and {@code "info"} are unknown, as in Python).
   *
   * @throws IllegalArgumentException naming the known levels when {@code level} is not one
   */
  public static int parse(String level) {
    Integer known = nameToLevel.get(level);
    if (known != null) {
      return known;
    }
    String hint = "";
    Integer upper = nameToLevel.get(level.toUpperCase(Locale.ROOT));
    if (upper != null) {
      hint = "; did you mean '" + level.toUpperCase(Locale.ROOT) + "'?";
    }
    throw new IllegalArgumentException(
        "Unknown level: '" + level + "'; known levels are " + knownNames() + hint);
  }

  /** Returns the registered level names, lowest level first, for messages. */
  public static String knownNames() {
    StringBuilder sb = new StringBuilder();
    levelToName.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getValue()));
    return sb.toString();
  }
}
