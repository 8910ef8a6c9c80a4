package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ProcessInfoTest {
  @Test
  void pidIsThisJvmsProcessId() {
    assertThat(ProcessInfo.pid()).isEqualTo(ProcessHandle.current().pid());
  }
}
