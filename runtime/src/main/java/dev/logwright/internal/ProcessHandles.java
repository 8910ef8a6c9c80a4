package dev.logwright.internal;

/**
 * The one place that touches {@code ProcessHandle}, which desktop Java has and Android API 26
 * lacks: on Android the {@link LinkageError} is caught and the id is 0.
 */
final class ProcessHandles {
  private ProcessHandles() {}

  @NotOnAndroid
  static long pidOrZero() {
    try {
      return ProcessHandle.current().pid();
    } catch (LinkageError | UnsupportedOperationException e) {
      return 0;
    }
  }
}
