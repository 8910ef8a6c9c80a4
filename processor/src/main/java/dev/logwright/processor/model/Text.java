package dev.logwright.processor.model;

/**
 * A configuration string as written, which may hold {@code ${NAME}} or {@code ${NAME:-default}}
 * placeholders resolved at start-up.
 */
public record Text(String raw) {
  /** Returns whether the string has placeholders to resolve at start-up. */
  public boolean hasPlaceholders() {
    return raw.contains("${");
  }
}
