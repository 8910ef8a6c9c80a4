package dev.logwright.examples.remote;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class RemoteExampleTest {
  /** Verifies that the collector named by the HTTP_HOST placeholder receives both records. */
  @Test
  void collectorReceivesTheRecordsAndNoMailIsSent() throws Exception {
    assumeTrue(System.getenv("HTTP_HOST") == null && System.getenv("SMTP_HOST") == null,
        "HTTP_HOST or SMTP_HOST is set: the example talks to those servers");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RemoteExample.run(new PrintStream(out, true, UTF_8));
    String text = out.toString(UTF_8);
    assertThat(text).contains("collector received 2 POSTs on loopback:");
    assertThat(text).contains("msg=invoice %d sent args=(1042,) levelname=INFO");
    assertThat(text).contains("msg=invoice %d overdue args=(977,) levelname=WARNING");
    assertThat(text).contains("SMTP: set SMTP_HOST");
  }
}
