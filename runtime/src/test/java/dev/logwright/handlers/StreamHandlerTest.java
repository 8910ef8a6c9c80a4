package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.FileHandlerTest.record;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.Formatter;
import dev.logwright.LogRecord;
import dev.logwright.Logging;
import dev.logwright.testing.StderrCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  /** Records the order of writes and flushes. */
  static final class Recording extends OutputStream {
    final List<String> events = new ArrayList<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      bytes.write(b);
      events.add("write");
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
      events.add("write");
    }

    @Override
    public void flush() {
      events.add("flush");
    }
  }

  /** Fails every write, as test_logging's BadStream. */
  static final class BadStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("deliberate mistake");
    }
  }

  @Test
  void writesRecordAndTerminatorInOneWriteThenFlushes() {
    Recording out = new Recording();
    StreamHandler h = new StreamHandler(out);
    h.setFormatter(new Formatter("%(levelname)s %(message)s"));
    h.handle(record("hello"));
    assertThat(out.events).containsExactly("write", "flush").inOrder();
    assertThat(out.bytes.toString(UTF_8)).isEqualTo("DEBUG hello\n");
  }

  @Test
  void terminatorCanBeChangedOrEmpty() {
    Recording out = new Recording();
    StreamHandler h = new StreamHandler(out);
    h.setTerminator("\r\n");
    h.handle(record("a"));
    h.setTerminator("");
    h.handle(record("b"));
    assertThat(out.bytes.toString(UTF_8)).isEqualTo("a\r\nb");
    assertThat(h.getTerminator()).isEmpty();
    assertThrows(NullPointerException.class, () -> h.setTerminator(null));
  }

  @Test
  void encodesWithTheGivenCharset() {
    Recording out = new Recording();
    StreamHandler h = new StreamHandler(out, StandardCharsets.UTF_16BE);
    h.handle(record("\u00e9"));
    assertThat(out.bytes.toByteArray()).isEqualTo("\u00e9\n".getBytes(StandardCharsets.UTF_16BE));
    assertThat(h.getEncoding()).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(new StreamHandler().getEncoding()).isEqualTo(UTF_8);
  }

  /** Verifies test_logging's StreamHandlerTest.test_error_handling. */
  @Test
  void writeFailureGoesToHandleError() {
    List<LogRecord> errors = new ArrayList<>();
    StreamHandler custom = new StreamHandler(new BadStream()) {
      @Override
      public void handleError(LogRecord record, Throwable error) {
        errors.add(record);
      }
    };
    LogRecord r = record("x");
    custom.handle(r);
    assertThat(errors).containsExactly(r);

    StreamHandler h = new StreamHandler(new BadStream());
    h.handle(r);
    String report = stderr.take();
    assertThat(report).contains("--- Logging error ---");
    assertThat(report).contains("deliberate mistake");
    boolean old = Logging.raiseExceptions();
    Logging.setRaiseExceptions(false);
    try {
      h.handle(r);
      assertThat(stderr.take()).isEmpty();
    } finally {
      Logging.setRaiseExceptions(old);
    }
  }

  /** Verifies test_logging's StreamHandlerTest.test_stream_setting. */
  @Test
  void setStreamReturnsTheOldStreamOrNullWhenUnchanged() {
    StreamHandler h = new StreamHandler();
    OutputStream stream = new ByteArrayOutputStream();
    OutputStream old = h.setStream(stream);
    assertThat(old).isSameInstanceAs(System.err);
    assertThat(h.setStream(old)).isSameInstanceAs(stream);
    assertThat(h.setStream(old)).isNull();
  }

  @Test
  void setStreamFlushesTheOldStream() {
    Recording first = new Recording();
    StreamHandler h = new StreamHandler(first);
    h.setStream(new Recording());
    assertThat(first.events).containsExactly("flush");
  }

  @Test
  void toStringNamesStandardStreamsLikePython() {
    assertThat(new StreamHandler().toString()).isEqualTo("<StreamHandler <stderr> (NOTSET)>");
    StreamHandler out = new StreamHandler(System.out);
    out.setLevel("WARNING");
    assertThat(out.toString()).isEqualTo("<StreamHandler <stdout> (WARNING)>");
    assertThat(new StreamHandler(new Recording()).toString()).isEqualTo("<StreamHandler (NOTSET)>");
  }
}
