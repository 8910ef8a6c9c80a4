package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The claim window on its own: what it takes, what it refuses, and what settling leaves. */
class BufferClaimsTest {
  private static ByteBuffer line(String text) {
    return ByteBuffer.wrap(text.getBytes(UTF_8));
  }

  private static String contents(ByteBuffer buffer) {
    return new String(buffer.array(), 0, buffer.position(), UTF_8);
  }

  @Test
  void takesNothingUntilOpened() {
    BufferClaims claims = new BufferClaims();

    assertThat(claims.tryAppend(line("a\n"), 1)).isFalse();
  }

  @Test
  void appendsInClaimOrderAfterWhatWasBufferedAndSettlingMovesThePosition() {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    buffer.put("first\n".getBytes(UTF_8));
    BufferClaims claims = new BufferClaims();
    claims.open(buffer, Long.MAX_VALUE);

    assertThat(claims.tryAppend(line("second\n"), 6)).isTrue();
    assertThat(claims.tryAppend(line("third\n"), 5)).isTrue();
    assertThat(buffer.position()).isEqualTo(6); // claims are not counted until settled
    claims.settle();

    assertThat(contents(buffer)).isEqualTo("first\nsecond\nthird\n");
  }

  @Test
  void refusesEveryLineOnceSettledUntilOpenedAgain() {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    BufferClaims claims = new BufferClaims();
    claims.open(buffer, Long.MAX_VALUE);
    claims.settle();

    assertThat(claims.tryAppend(line("late\n"), 4)).isFalse();
    claims.open(buffer, Long.MAX_VALUE);
    assertThat(claims.tryAppend(line("again\n"), 5)).isTrue();
    claims.settle();
    assertThat(contents(buffer)).isEqualTo("again\n");
  }

  @Test
  void refusesALineThatWouldPassTheBuffersEnd() {
    ByteBuffer buffer = ByteBuffer.allocate(8);
    BufferClaims claims = new BufferClaims();
    claims.open(buffer, Long.MAX_VALUE);

    assertThat(claims.tryAppend(line("1234\n"), 4)).isTrue();
    assertThat(claims.tryAppend(line("5678\n"), 4)).isFalse();
    assertThat(claims.tryAppend(line("56\n"), 2)).isTrue(); // exactly fills it
    claims.settle();
    assertThat(contents(buffer)).isEqualTo("1234\n56\n");
  }

  @Test
  void refusesALineWhoseOffsetPlusCharsPlusOneReachesTheBudget() {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    BufferClaims claims = new BufferClaims();
    claims.open(buffer, 10);

    // Offset 0 + 8 chars + 1 = 9 < 10: taken. Then offset 9 + 0 + 1 = 10: refused.
    assertThat(claims.tryAppend(line("12345678\n"), 8)).isTrue();
    assertThat(claims.tryAppend(line("\n"), 0)).isFalse();
    // The budget counts chars, the end bytes: "é" is 1 char, 2 bytes.
    claims.settle();
    claims.open(buffer, 13);
    assertThat(claims.tryAppend(line("éé\n"), 2)).isTrue(); // 9 + 2 + 1 = 12 < 13
    claims.settle();
    assertThat(buffer.position()).isEqualTo(9 + 5);
  }

  @Test
  void doesNotOpenOverAFullBufferOrAnExhaustedBudget() {
    ByteBuffer full = ByteBuffer.allocate(4);
    full.put(new byte[4]);
    BufferClaims claims = new BufferClaims();
    claims.open(full, Long.MAX_VALUE);
    assertThat(claims.tryAppend(line(""), 0)).isFalse();

    ByteBuffer buffer = ByteBuffer.allocate(64);
    buffer.put(new byte[10]);
    claims.open(buffer, 10);
    assertThat(claims.tryAppend(line(""), 0)).isFalse();
  }
}
