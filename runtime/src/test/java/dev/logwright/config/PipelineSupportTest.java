package dev.logwright.config;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import org.junit.jupiter.api.Test;

class PipelineSupportTest {
  private static Handler failingOnClose(String message) {
    return new Handler() {
      @Override
      public void emit(LogRecord record) {}

      @Override
      public void close() {
        super.close();
        throw new IllegalStateException(message);
      }
    };
  }

  @Test
  void closesEveryHandlerKeepingTheFirstFailureWithLaterOnesSuppressed() {
    Handler ok = new Handler() {
      @Override
      public void emit(LogRecord record) {}
    };
    Handler first = failingOnClose("first");
    Handler second = failingOnClose("second");
    RuntimeException failure = null;
    failure = PipelineSupport.close(failure, first);
    failure = PipelineSupport.close(failure, ok);
    failure = PipelineSupport.close(failure, second);
    failure = PipelineSupport.close(failure, null);
    assertThat(ok.isClosed()).isTrue();
    assertThat(second.isClosed()).isTrue();
    assertThat(failure).hasMessageThat().isEqualTo("first");
    assertThat(failure.getSuppressed()).hasLength(1);
    assertThat(failure.getSuppressed()[0]).hasMessageThat().isEqualTo("second");
  }

  @Test
  void nothingBuiltMeansNothingToCloseOrStop() {
    assertThat(PipelineSupport.close(null, null)).isNull();
    assertThat(PipelineSupport.stop(null, null)).isNull();
  }
}
