package dev.logwright.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.jspecify.annotations.Nullable;

/**
 * Writes to non-blocking channels with a deadline, as a Python socket with a timeout does: a
 * peer that stops reading makes the write fail with {@link SocketTimeoutException} instead of
 * blocking the logging thread. A selector is opened only when the kernel buffer is full.
 */
public final class SocketIO {
  private SocketIO() {}

  /**
   * Writes all of {@code data} to {@code channel}, allowing for partial writes, within {@code
   * timeoutNanos} in total (Python 3.5+'s {@code sendall} timeout is for the whole call).
   */
  public static void sendAll(SocketChannel channel, ByteBuffer data, long timeoutNanos)
      throws IOException {
    nonBlocking(channel);
    long deadline = System.nanoTime() + timeoutNanos;
    while (data.hasRemaining()) {
      if (channel.write(data) == 0) {
        awaitWritable(channel, deadline);
      }
    }
  }

  /**
   * Sends {@code data} as one datagram to {@code target}, or on the connected {@code channel}
   * when {@code target} is {@code null}, waiting at most {@code timeoutNanos} for buffer space.
   */
  public static void sendDatagram(
      DatagramChannel channel, ByteBuffer data, @Nullable SocketAddress target, long timeoutNanos)
      throws IOException {
    nonBlocking(channel);
    long deadline = System.nanoTime() + timeoutNanos;
    while (true) {
      int sent = target == null ? channel.write(data) : channel.send(data, target);
      if (sent > 0 || !data.hasRemaining()) {
        return;
      }
      awaitWritable(channel, deadline);
    }
  }

  private static void nonBlocking(SelectableChannel channel) throws IOException {
    if (channel.isBlocking()) {
      channel.configureBlocking(false);
    }
  }

  private static void awaitWritable(SelectableChannel channel, long deadline) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      // select() would return at once, again and again: give up, leaving the flag set.
      throw new InterruptedIOException("interrupted while waiting to write");
    }
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new SocketTimeoutException("timed out");
    }
    // The channel's own provider: AF_UNIX channels from junixsocket need junixsocket's selector.
    try (Selector selector = channel.provider().openSelector()) {
      channel.register(selector, SelectionKey.OP_WRITE);
      long millis = Math.max(1, remaining / 1_000_000);
      if (selector.select(millis) == 0 && deadline - System.nanoTime() <= 0) {
        throw new SocketTimeoutException("timed out");
      }
    }
    // Closing the selector deregisters the channel, so it can be registered again next time.
  }

  /**
   * Closes {@code channel}, if any, ignoring a failure: the socket is being discarded, broken or
   * not, and closing it is all that can be done.
   */
  public static void closeQuietly(@Nullable Channel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // gone either way
    }
  }
}
