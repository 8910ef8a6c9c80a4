package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import dev.logwright.internal.Clocks;
import dev.logwright.internal.Pickler;
import dev.logwright.internal.SocketIO;
import dev.logwright.internal.UnixSockets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Sends records, pickled, to a stream socket, as Python's {@code SocketHandler}: TCP to {@code
 * (host, port)}, or a Unix stream socket at the path {@code host} when {@code port} is {@code
 * null} (Unix sockets need the optional junixsocket library). The connection is kept open
 * across records; a Python receiver reads each one with {@code pickle.loads} and {@code
 * logging.makeLogRecord} (see {@link #makePickle}).
 *
 * <p>When no connection can be made, records are dropped and connection attempts back off:
 * the first retry waits {@link #getRetryStart() retryStart} seconds (1.0), each later one
 * {@link #getRetryFactor() retryFactor} (2.0) times longer, up to {@link #getRetryMax()
 * retryMax} (30.0). Records that arrive during the wait are dropped without error. A write that
 * fails (peer gone, or no progress within the socket's timeout of 1 second) closes the
 * connection and drops the record; the next record connects again at once. Nothing here blocks
 * the caller longer than the timeout, and nothing throws into it.
 *
 * <p>Override {@link #makeSocket(double)} for another kind of socket, {@link #makePickle} for
 * another wire format, {@link #send} for another way of writing.
 */
public class SocketHandler extends Handler {
  /** Python's {@code DEFAULT_TCP_LOGGING_PORT}. */
  public static final int DEFAULT_TCP_LOGGING_PORT = 9020;

  /** The timeout {@link #makeSocket()} gives connections, in seconds, as CPython's. */
  public static final double DEFAULT_TIMEOUT = 1.0;

  private final String host;
  private final @Nullable Integer port;
  private final Clock clock;
  private final Pickler pickler = new Pickler();
  private final RecordPickle recordPickle = new RecordPickle();

  /** The open socket, or {@code null}; guarded by {@link #lock}. */
  protected @Nullable NetworkChannel sock;

  private volatile boolean closeOnError;
  private volatile double retryStart = 1.0;
  private volatile double retryMax = 30.0;
  private volatile double retryFactor = 2.0;
  private double retryPeriod;
  private boolean waiting;
  private double retryTime;
  private long timeoutNanos = (long) (DEFAULT_TIMEOUT * 1e9);

  /**
   * A handler sending to TCP {@code (host, port)}, or, when {@code port} is {@code null}, to the
   * Unix stream socket at the path {@code host}. Nothing is connected until the first record.
   *
   * @throws IllegalArgumentException if {@code port} is outside 0–65535
   */
  public SocketHandler(String host, @Nullable Integer port) {
    this(host, port, Clock.systemUTC());
  }

  /** As {@link #SocketHandler(String, Integer)}, with the clock that times the back-off. */
  public SocketHandler(String host, @Nullable Integer port, Clock clock) {
    if (host == null) {
      throw new NullPointerException("host == null");
    }
    if (clock == null) {
      throw new NullPointerException("clock == null");
    }
    if (port != null && (port < 0 || port > 65535)) {
      throw new IllegalArgumentException("port out of range 0-65535: " + port);
    }
    this.host = host;
    this.port = port;
    this.clock = clock;
  }

  /** Returns the host name, or the Unix socket path when {@link #getPort()} is {@code null}. */
  public String getHost() {
    return host;
  }

  /** Returns the port, or {@code null} for a Unix socket. */
  public @Nullable Integer getPort() {
    return port;
  }

  /** Returns whether a socket error closes the socket silently instead of being reported. */
  public boolean getCloseOnError() {
    return closeOnError;
  }

  /**
   * When {@code true}, {@link #handleError} closes the socket silently (the next record
   * reconnects) instead of reporting the error. Default {@code false}, as in Python.
   */
  public void setCloseOnError(boolean closeOnError) {
    this.closeOnError = closeOnError;
  }

  public double getRetryStart() {
    return retryStart;
  }

  /** Sets the wait after the first failed connection, in seconds (default 1.0). */
  public void setRetryStart(double retryStart) {
    this.retryStart = nonNegative("retryStart", retryStart);
  }

  public double getRetryFactor() {
    return retryFactor;
  }

  /** Sets the factor each further failure multiplies the wait by (default 2.0). */
  public void setRetryFactor(double retryFactor) {
    this.retryFactor = nonNegative("retryFactor", retryFactor);
  }

  public double getRetryMax() {
    return retryMax;
  }

  /** Sets the longest wait between connection attempts, in seconds (default 30.0). */
  public void setRetryMax(double retryMax) {
    this.retryMax = nonNegative("retryMax", retryMax);
  }

  private static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
    }
    return value;
  }

  /**
   * Returns when (seconds since the epoch, by the handler's clock) the next connection may be
   * attempted, or {@code null} when the next record attempts one at once.
   */
  public @Nullable Double getRetryTime() {
    lock.lock();
    try {
      return waiting ? retryTime : null;
    } finally {
      lock.unlock();
    }
  }

  /** Returns a socket connected within {@link #DEFAULT_TIMEOUT}: {@link #makeSocket(double)}. */
  public NetworkChannel makeSocket() throws IOException {
    return makeSocket(DEFAULT_TIMEOUT);
  }

  /**
   * Returns a new stream socket connected to the handler's address within {@code timeout}
   * seconds, which also bounds each later {@link #send}. As Python's {@code
   * socket.create_connection}, each address of the host is tried in turn. Override for another
   * kind of socket; it must be a {@link SocketChannel} for the default {@link #send}.
   */
  public NetworkChannel makeSocket(double timeout) throws IOException {
    timeoutNanos = (long) (timeout * 1e9);
    if (port == null) {
      return UnixSockets.connectStream(host);
    }
    IOException last = null;
    for (InetAddress address : InetAddress.getAllByName(host)) {
      SocketChannel channel = SocketChannel.open();
      try {
        int millis = (int) Math.ceil(timeout * 1000);
        channel.socket().connect(new InetSocketAddress(address, port), millis);
        channel.configureBlocking(false);
        return channel;
      } catch (IOException e) {
        channel.close();
        last = e;
      }
    }
    throw last != null ? last : new IOException("getaddrinfo returns an empty list: " + host);
  }

  /**
   * Makes {@link #sock} with {@link #makeSocket()} unless a previous failure's back-off is still
   * running. On failure the socket stays {@code null} and the next attempt is scheduled
   * {@code retryStart}, then {@code retryFactor} times longer each time, at most {@code retryMax}
   * seconds later.
   */
  public void createSocket() {
    lock.lock();
    try {
      double now = Clocks.epochNanos(clock) / 1e9;
      if (waiting && now < retryTime) {
        return;
      }
      try {
        sock = makeSocket();
        waiting = false;
      } catch (IOException | UnresolvedAddressException e) {
        if (!waiting) {
          retryPeriod = retryStart;
        } else {
          retryPeriod = Math.min(retryPeriod * retryFactor, retryMax);
        }
        retryTime = now + retryPeriod;
        waiting = true;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Returns the timeout of the current socket, in nanoseconds, for subclasses' sends. */
  protected final long timeoutNanos() {
    return timeoutNanos;
  }

  /**
   * Writes {@code data} (from its position to its limit) to the socket, connecting first if
   * needed, allowing for partial writes. When no socket can be had (back-off running, or the
   * attempt failed) the data is dropped. A failed write closes the socket, so that the next
   * record reconnects, and drops the data.
   */
  public void send(ByteBuffer data) throws IOException {
    lock.lock();
    try {
      if (sock == null) {
        createSocket();
      }
      NetworkChannel s = sock;
      if (s == null) {
        return;
      }
      try {
        SocketIO.sendAll((SocketChannel) s, data, timeoutNanos);
      } catch (IOException e) {
        closeSocketQuietly();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the record as CPython's {@code makePickle} sends it: a 4-byte big-endian length,
   * then a protocol-1 pickle of the record's attribute dict, in which {@code msg} is the merged
   * message, {@code args} and {@code exc_info} are {@code None}, {@code message} is left out and
   * {@code exc_text} holds the formatted exception (the record is formatted first for that).
   * The buffer is reused: it is valid until the next call, under the handler's lock.
   */
  public ByteBuffer makePickle(LogRecord record) {
    lock.lock();
    try {
      if (record.getExcInfo() != null) {
        recordPickle.scratch.setLength(0);
        format(record, recordPickle.scratch); // sets exc_text, as CPython's makePickle does
      }
      pickler.start(4);
      recordPickle.write(pickler, record);
      ByteBuffer out = pickler.finish();
      out.putInt(0, out.limit() - 4);
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** Pickles {@code record} and sends it; failures go to {@link #handleError}. */
  @Override
  public void emit(LogRecord record) {
    try {
      send(makePickle(record));
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  /** The pickling handlers ship {@code pathname}, {@code lineno} and {@code funcName}. */
  @Override
  public boolean needsCallerInfo() {
    return true;
  }

  /**
   * Closes the socket silently when {@link #setCloseOnError closeOnError} is set and a socket is
   * open (the next record reconnects); otherwise reports the error as every handler does.
   */
  @Override
  public void handleError(LogRecord record, Throwable error) {
    lock.lock();
    try {
      if (closeOnError && sock != null) {
        closeSocketQuietly();
        return;
      }
    } finally {
      lock.unlock();
    }
    super.handleError(record, error);
  }

  /** Closes the socket and sets {@link #sock} to {@code null}, ignoring errors. */
  protected final void closeSocketQuietly() {
    NetworkChannel s = sock;
    sock = null;
    SocketIO.closeQuietly(s);
  }

  /** Closes the socket. */
  @Override
  public void close() {
    lock.lock();
    try {
      closeSocketQuietly();
    } finally {
      try {
        super.close();
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + " " + (port == null ? host : host + ":" + port)
        + " (" + dev.logwright.Level.getLevelName(getLevel()) + ")>";
  }
}
