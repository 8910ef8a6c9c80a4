package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.FileHandlerTest.record;

import dev.logwright.testing.StderrCapture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NullHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  @Test
  void handleDoesNothingNotEvenFiltering() {
    NullHandler h = new NullHandler();
    AtomicInteger filterCalls = new AtomicInteger();
    h.addFilter(r -> {
      filterCalls.incrementAndGet();
      return true;
    });
    assertThat(h.handle(record("dropped"))).isFalse();
    h.emit(record("dropped"));
    assertThat(filterCalls.get()).isEqualTo(0);
    h.flush();
    h.close();
    h.close();
    assertThat(h.isClosed()).isTrue();
  }
}
