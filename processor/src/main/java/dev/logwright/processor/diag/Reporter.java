package dev.logwright.processor.diag;

import dev.logwright.processor.model.Origin;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Reports problems through the {@link Messager} on the element, annotation and attribute of their
 * {@link Origin}, so the compiler's caret lands on the value at fault. Counts errors so that the
 * processor skips generation for an interface that has any.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports {@code problem} at {@code origin}. */
  public void report(Problem problem, Origin origin, Object... args) {
    if (problem.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(
        problem.kind(), problem.format(args), origin.element(), origin.mirror(), origin.value());
  }

  /** Returns how many errors have been reported so far. */
  public int errorCount() {
    return errors;
  }
}
