package dev.logwright.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures {@code System.err} during each test and fails the test if anything was written that
 * the test did not {@linkplain #take() take}: a handler error nobody expected fails loudly.
 * Register with {@code @RegisterExtension final StderrCapture stderr = new StderrCapture();}.
 * Tests using it must not run in parallel with others that touch {@code System.err}.
 */
public final class StderrCapture implements BeforeEachCallback, AfterEachCallback {
  private PrintStream original;
  private ByteArrayOutputStream captured;

  @Override
  public void beforeEach(ExtensionContext context) {
    original = System.err;
    captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  /** Returns what was written to {@code System.err} so far and forgets it. */
  public synchronized String take() {
    System.err.flush();
    String text = captured.toString(StandardCharsets.UTF_8);
    captured.reset();
    return text;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.err.flush();
    System.setErr(original);
    String left = captured.toString(StandardCharsets.UTF_8);
    if (!left.isEmpty() && context.getExecutionException().isEmpty()) {
      throw new AssertionError("unexpected output on System.err:\n" + left);
    }
  }
}
