package dev.logwright.handlers;

import dev.logwright.internal.SocketIO;
import dev.logwright.internal.UnixSockets;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Sends records, pickled as by {@link SocketHandler#makePickle} (length prefix included), as
 * datagrams, as Python's {@code DatagramHandler}: UDP (IPv4) to {@code (host, port)}, or a Unix
 * datagram socket at the path {@code host} when {@code port} is {@code null} (needs the optional
 * junixsocket library). No connection is needed, so nothing waits for a receiver; a record too
 * large for one datagram, or a send the system refuses, goes to {@link #handleError}.
 */
public class DatagramHandler extends SocketHandler {
  /** Python's {@code DEFAULT_UDP_LOGGING_PORT}. */
  public static final int DEFAULT_UDP_LOGGING_PORT = 9021;

  private @Nullable SocketAddress target;

  /**
   * A handler sending to UDP {@code (host, port)}, or, when {@code port} is {@code null}, to the
   * Unix datagram socket at the path {@code host}.
   *
   * @throws IllegalArgumentException if {@code port} is outside 0–65535
   */
  public DatagramHandler(String host, @Nullable Integer port) {
    super(host, port);
  }

  /** As {@link #DatagramHandler(String, Integer)}, with the clock that times the back-off. */
  public DatagramHandler(String host, @Nullable Integer port, Clock clock) {
    super(host, port, clock);
  }

  /**
   * Returns a new unconnected datagram socket: IPv4 UDP, or AF_UNIX when the port is {@code
   * null}, as CPython's {@code DatagramHandler.makeSocket}.
   */
  @Override
  public NetworkChannel makeSocket() throws IOException {
    DatagramChannel channel = getPort() == null
        ? UnixSockets.openDatagram()
        : DatagramChannel.open(StandardProtocolFamily.INET);
    channel.configureBlocking(false);
    return channel;
  }

  /**
   * Sends {@code data} as one datagram to the handler's address, making the socket first if
   * needed. Unlike {@link SocketHandler#send}, failures are thrown, so that {@link #emit}
   * reports them.
   */
  @Override
  public void send(ByteBuffer data) throws IOException {
    lock.lock();
    try {
      if (sock == null) {
        createSocket();
      }
      NetworkChannel s = sock;
      if (s == null) {
        throw new IOException("no socket to send with (making one failed; retried after back-off)");
      }
      try {
        SocketIO.sendDatagram((DatagramChannel) s, data, target(), timeoutNanos());
      } catch (IOException e) {
        if (!s.isOpen()) {
          closeSocketQuietly(); // closed by an interrupt: the next record opens a new one
        }
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  /** The destination, resolved once and again after a failure to resolve. */
  private SocketAddress target() throws IOException {
    SocketAddress t = target;
    if (t == null) {
      Integer port = getPort();
      t = port == null
          ? UnixSockets.address(getHost())
          : new InetSocketAddress(ipv4(getHost()), port);
      target = t;
    }
    return t;
  }

  /** The first IPv4 address of {@code host}: the socket is AF_INET, as CPython's. */
  private static InetAddress ipv4(String host) throws UnknownHostException {
    for (InetAddress address : InetAddress.getAllByName(host)) {
      if (address instanceof Inet4Address) {
        return address;
      }
    }
    throw new UnknownHostException(host + ": no IPv4 address");
  }
}
