package dev.logwright;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The constructor for formats compiled at build time, which parses the format only when one of
 * Python's step-by-step methods needs it, and the default zone, which a formatter takes when it
 * first renders a time.
 */
class CompiledFormatterTest {
  private static final String FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s";
  /** 2003-07-08 16:49:45.896 UTC. */
  private static final long CREATED = 1_057_682_985_896_000_000L;

  /** As the annotation processor writes one: each part appended in order. */
  private static final class Compiled extends Formatter {
    Compiled(String fmt, char style) {
      super(fmt, null, style, false);
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
      record.markMessageMerged();
      record.markAsctime(this);
      appendAsctime(record, out);
      out.append(' ').append(record.getLevelname()).append(' ').append(record.getName()).append(": ");
      record.appendMessage(out);
    }
  }

  private static LogRecord record() {
    LogRecord r = new LogRecord();
    r.init("app.db", Level.WARNING, "slow query: %d ms", new Object[] {412}, null, CREATED);
    return r;
  }

  @Test
  void stepByStepFormatParsesTheCompiledFormatAndAgreesWithIt() {
    Formatter compiled = new Compiled(FORMAT, '%');
    compiled.setZone(ZoneOffset.UTC);
    Formatter parsed = new Formatter(FORMAT);
    parsed.setZone(ZoneOffset.UTC);
    StringBuilder appended = new StringBuilder();

    compiled.format(record(), appended);

    String expected = "2003-07-08 16:49:45,896 WARNING app.db: slow query: 412 ms";
    assertThat(appended.toString()).isEqualTo(expected);
    assertThat(compiled.format(record())).isEqualTo(expected);
    assertThat(compiled.formatMessage(withAttributes(record()))).isEqualTo(expected);
    assertThat(parsed.format(record())).isEqualTo(expected);
  }

  private static LogRecord withAttributes(LogRecord r) {
    r.setMessageAttribute(r.getMessage());
    r.setAsctime("2003-07-08 16:49:45,896");
    return r;
  }

  @Test
  void answersFromTheFormatWithoutParsingIt() {
    Formatter f = new Compiled(FORMAT, '%');

    assertThat(f.getFormat()).isEqualTo(FORMAT);
    assertThat(f.getStyle()).isEqualTo('%');
    assertThat(f.usesTime()).isTrue();
    assertThat(f.usesCallerInfo()).isFalse();
    assertThat(f.getDefaults()).isEmpty();
    assertThat(new Compiled("{levelname} {message}", '{').usesTime()).isFalse();
    assertThat(new Compiled("$asctime $message", '$').usesTime()).isTrue();
  }

  @Test
  void anEmptyFormatIsTheStylesMessageAlone() {
    assertThat(new Compiled("", '%').getFormat()).isEqualTo("%(message)s");
    assertThat(new Compiled("", '{').getFormat()).isEqualTo("{message}");
    assertThat(new Compiled("", '$').getFormat()).isEqualTo("${message}");
  }

  @Test
  void anUnknownStyleIsRefusedAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Compiled(FORMAT, '#'));
    assertThat(e).hasMessageThat().isEqualTo("Style must be one of: %,{,$");
  }

  @Test
  void theDefaultZoneIsTheOneInForceWhenATimeIsFirstRendered() {
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      Formatter f = new Formatter("%(asctime)s");
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));

      assertThat(f.format(record())).isEqualTo("2003-07-09 01:49:45,896");
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      assertThat(f.format(record())).isEqualTo("2003-07-09 01:49:45,896");
      assertThat(f.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    } finally {
      TimeZone.setDefault(saved);
    }
  }
}
