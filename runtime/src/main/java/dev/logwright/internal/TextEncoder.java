package dev.logwright.internal;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Encodes text into a reusable byte buffer, so that a handler writing record after record
 * allocates nothing once its buffers have grown to the largest record. Unencodable characters
 * fail as Python's {@code 'strict'} error handler does. Not thread-safe: a handler uses one
 * under its lock.
 */
public final class TextEncoder {
  private final Charset charset;
  private final CharsetEncoder encoder;
  private char[] chars = new char[256];
  private CharBuffer charBuffer = CharBuffer.wrap(chars);
  private ByteBuffer bytes = ByteBuffer.allocate(512);

  /** An encoder for {@code charset}; {@code null} means UTF-8. */
  public TextEncoder(@Nullable Charset charset) {
    this.charset = charset != null ? charset : StandardCharsets.UTF_8;
    this.encoder = this.charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  public Charset charset() {
    return charset;
  }

  /**
   * Encodes {@code text} and returns the buffer holding the bytes, from position 0 to its
   * limit. The buffer is valid until the next call.
   *
   * @throws CharacterCodingException if {@code text} cannot be encoded in the charset
   */
  public ByteBuffer encode(CharSequence text) throws CharacterCodingException {
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
      charBuffer = CharBuffer.wrap(chars);
    }
    if (text instanceof StringBuilder) {
      ((StringBuilder) text).getChars(0, length, chars, 0);
    } else {
      for (int i = 0; i < length; i++) {
        chars[i] = text.charAt(i);
      }
    }
    // The JDK's encoders copy ASCII with a vectorized intrinsic: twice as fast as a plain loop.
    // Through Buffer: Android API 26 lacks the covariant overrides of Java 9.
    ((Buffer) charBuffer).clear();
    ((Buffer) charBuffer).limit(length);
    encoder.reset();
    ((Buffer) bytes).clear();
    while (true) {
      CoderResult result = charBuffer.hasRemaining()
          ? encoder.encode(charBuffer, bytes, true)
          : encoder.flush(bytes);
      if (result.isUnderflow()) {
        if (charBuffer.hasRemaining()) {
          continue;
        }
        result = encoder.flush(bytes);
        if (result.isUnderflow()) {
          break;
        }
      }
      if (result.isOverflow()) {
        grow();
      } else if (result.isError()) {
        result.throwException();
      }
    }
    ((Buffer) bytes).flip();
    return bytes;
  }

  private void grow() {
    ByteBuffer bigger = ByteBuffer.allocate(bytes.capacity() * 2);
    ((Buffer) bytes).flip();
    bigger.put(bytes);
    bytes = bigger;
  }
}
