package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class FilterTest {
  private static LogRecord record(String name) {
    return new LogRecord(name, Level.INFO, null, 0, "m", null, null, null, null);
  }

  @Test
  void namedFilterPassesTheLoggerAndItsChildrenOnly() {
    Filter f = Filter.named("a.b");
    assertThat(f.filter(record("a.b"))).isTrue();
    assertThat(f.filter(record("a.b.c"))).isTrue();
    assertThat(f.filter(record("a.bb"))).isFalse();
    assertThat(f.filter(record("a"))).isFalse();
    assertThat(Filter.named("").filter(record("anything"))).isTrue();
  }

  @Test
  void filtererAddsOnceAndRemoves() {
    Filterer filterer = new Filterer() {};
    Filter reject = r -> false;
    filterer.addFilter(reject);
    filterer.addFilter(reject);
    assertThat(filterer.getFilters()).hasSize(1);
    assertThat(filterer.filter(record("x"))).isFalse();
    filterer.removeFilter(reject);
    assertThat(filterer.filter(record("x"))).isTrue();
  }
}
