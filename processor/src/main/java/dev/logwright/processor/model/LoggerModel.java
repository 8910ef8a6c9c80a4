package dev.logwright.processor.model;

import java.util.List;
import java.util.OptionalInt;

/** A logger the pipeline configures: the root (name {@code ""}) or one declared by a method. */
public record LoggerModel(
    String method, String name, OptionalInt level, List<String> handlers, boolean propagate) {
  /** Returns whether this is the root logger. */
  public boolean isRoot() {
    return name.isEmpty();
  }
}
