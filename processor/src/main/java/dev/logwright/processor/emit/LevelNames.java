package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;

/** Writes a level as {@code Level.INFO} when it has a predefined name, else as its number. */
final class LevelNames {
  private static final String[] NAMES = {"NOTSET", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"};

  private LevelNames() {}

  static CodeBlock expression(int level) {
    if (level % 10 == 0 && level / 10 < NAMES.length && level >= 0) {
      return CodeBlock.of("$T.$L", RuntimeNames.LEVEL, NAMES[level / 10]);
    }
    return CodeBlock.of("$L", level);
  }
}
