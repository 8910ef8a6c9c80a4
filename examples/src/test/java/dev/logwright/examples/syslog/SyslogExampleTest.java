package dev.logwright.examples.syslog;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class SyslogExampleTest {
  /** Verifies the syslog datagrams: local0 priorities, the ident, the formatted record, a NUL. */
  @Test
  void sendsPriorityIdentAndMessageWithNul() throws Exception {
    assumeTrue(System.getenv("SYSLOG_PORT") == null, "SYSLOG_PORT is set: the example sends to that daemon");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyslogExample.run(new PrintStream(out, true, UTF_8));
    assertThat(out.toString(UTF_8)).contains("    <134>logwright-example: app.sync[INFO] sync started\\0\n");
    assertThat(out.toString(UTF_8)).contains("    <132>logwright-example: app.sync[WARNING] 3 records skipped\\0\n");
    assertThat(out.toString(UTF_8)).contains("    <131>logwright-example: app.sync[ERROR] sync failed: timeout\\0\n");
  }
}
