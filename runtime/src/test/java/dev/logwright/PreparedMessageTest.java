package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verifies that a record whose message is prepared text (a queue slot's buffer) looks to every
 * reader exactly like one whose {@code msg} and {@code message} are that string, and that a
 * copy keeps the text after the buffer is reused.
 */
class PreparedMessageTest {
  @Test
  void readsAsTheStringItHolds() {
    StringBuilder text = new StringBuilder("order 42 shipped");
    LogRecord r = new LogRecord();
    r.init("app", Level.INFO, "ignored %s", null, null, 1L);
    r.setPreparedMessage(text);
    StringBuilder out = new StringBuilder("> ");
    r.appendMessage(out);
    assertThat(out.toString()).isEqualTo("> order 42 shipped");
    assertThat(r.getMessage()).isEqualTo("order 42 shipped");
    assertThat(r.get("msg")).isEqualTo("order 42 shipped");
    assertThat(r.get("message")).isEqualTo("order 42 shipped");
    assertThat(r.getMsg()).isInstanceOf(String.class);
    assertThat(r.toString()).contains("\"order 42 shipped\"");
  }

  @Test
  void aCopyKeepsTheTextWhenTheBufferIsReused() {
    StringBuilder text = new StringBuilder("first");
    LogRecord r = new LogRecord();
    r.init("app", Level.INFO, null, null, null, 1L);
    r.setPreparedMessage(text);
    LogRecord copy = r.copy();
    text.setLength(0);
    text.append("second");
    assertThat(copy.getMessage()).isEqualTo("first");
    assertThat(copy.getMessageAttribute()).isEqualTo("first");
  }

  @Test
  void settingMsgOrInitReplacesThePreparedText() {
    StringBuilder text = new StringBuilder("prepared");
    LogRecord r = new LogRecord();
    r.init("app", Level.INFO, null, null, null, 1L);
    r.setPreparedMessage(text);
    r.setMsg("plain %s");
    r.setArgs(new Object[] {"x"});
    assertThat(r.getMessage()).isEqualTo("plain x");
    assertThat(r.getMessageAttribute()).isEqualTo("prepared"); // message was the text until set
    r.setPreparedMessage(text);
    r.init("app", Level.INFO, "fresh", null, null, 2L);
    assertThat(r.getMessage()).isEqualTo("fresh");
    assertThat(r.getMessageAttribute()).isNull();
  }
}
