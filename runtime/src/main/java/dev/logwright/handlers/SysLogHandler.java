package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.internal.SocketIO;
import dev.logwright.internal.TextEncoder;
import dev.logwright.internal.UnixSockets;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sends formatted records to a syslog daemon, as Python's {@code SysLogHandler}: UDP to {@code
 * localhost:514} by default, TCP, or a Unix socket such as {@code /dev/log} (which needs the
 * optional junixsocket library). Each message is {@code <PRI>}, the {@linkplain #setIdent ident},
 * the formatted record and, unless {@linkplain #setAppendNul turned off}, a NUL byte, encoded
 * in UTF-8. The priority is {@link #encodePriority}{@code (facility, }{@link
 * #mapPriority}{@code (levelname))}.
 *
 * <p>For a Unix socket without a given {@link SocketType}, a datagram socket is tried first,
 * then a stream socket, as CPython does. A daemon that is not listening yet is not an error at
 * construction (for TCP and UDP too, unlike CPython, which raises there): each record tries to
 * connect again, and failures, like a message too long for one datagram, go to {@link
 * #handleError}. A failed TCP write closes the connection so that the next record reconnects.
 * Writes give up after one second rather than block the caller.
 */
public class SysLogHandler extends Handler {
  /** Python's {@code SYSLOG_UDP_PORT}. */
  public static final int SYSLOG_UDP_PORT = 514;
  /** Python's {@code SYSLOG_TCP_PORT}. */
  public static final int SYSLOG_TCP_PORT = 514;

  /** Priority 0: system is unusable. */
  public static final int LOG_EMERG = SyslogCodes.LOG_EMERG;
  /** Priority 1: action must be taken immediately. */
  public static final int LOG_ALERT = SyslogCodes.LOG_ALERT;
  /** Priority 2: critical conditions. */
  public static final int LOG_CRIT = SyslogCodes.LOG_CRIT;
  /** Priority 3: error conditions. */
  public static final int LOG_ERR = SyslogCodes.LOG_ERR;
  /** Priority 4: warning conditions. */
  public static final int LOG_WARNING = SyslogCodes.LOG_WARNING;
  /** Priority 5: normal but significant condition. */
  public static final int LOG_NOTICE = SyslogCodes.LOG_NOTICE;
  /** Priority 6: informational. */
  public static final int LOG_INFO = SyslogCodes.LOG_INFO;
  /** Priority 7: debug-level messages. */
  public static final int LOG_DEBUG = SyslogCodes.LOG_DEBUG;

  /** Facility 0: kernel messages. */
  public static final int LOG_KERN = 0;
  /** Facility 1: user-level messages (the default). */
  public static final int LOG_USER = 1;
  /** Facility 2: mail system. */
  public static final int LOG_MAIL = 2;
  /** Facility 3: system daemons. */
  public static final int LOG_DAEMON = 3;
  /** Facility 4: security/authorization messages. */
  public static final int LOG_AUTH = 4;
  /** Facility 5: messages of syslogd itself. */
  public static final int LOG_SYSLOG = 5;
  /** Facility 6: line printer subsystem. */
  public static final int LOG_LPR = 6;
  /** Facility 7: network news subsystem. */
  public static final int LOG_NEWS = 7;
  /** Facility 8: UUCP subsystem. */
  public static final int LOG_UUCP = 8;
  /** Facility 9: clock daemon. */
  public static final int LOG_CRON = 9;
  /** Facility 10: private security/authorization messages. */
  public static final int LOG_AUTHPRIV = 10;
  /** Facility 11: FTP daemon. */
  public static final int LOG_FTP = 11;
  /** Facility 12: NTP subsystem. */
  public static final int LOG_NTP = 12;
  /** Facility 13: log audit. */
  public static final int LOG_SECURITY = 13;
  /** Facility 14: log alert. */
  public static final int LOG_CONSOLE = 14;
  /** Facility 15: scheduling daemon (Solaris). */
  public static final int LOG_SOLCRON = 15;
  /** Facility 16: reserved for local use. */
  public static final int LOG_LOCAL0 = 16;
  /** Facility 17: reserved for local use. */
  public static final int LOG_LOCAL1 = 17;
  /** Facility 18: reserved for local use. */
  public static final int LOG_LOCAL2 = 18;
  /** Facility 19: reserved for local use. */
  public static final int LOG_LOCAL3 = 19;
  /** Facility 20: reserved for local use. */
  public static final int LOG_LOCAL4 = 20;
  /** Facility 21: reserved for local use. */
  public static final int LOG_LOCAL5 = 21;
  /** Facility 22: reserved for local use. */
  public static final int LOG_LOCAL6 = 22;
  /** Facility 23: reserved for local use. */
  public static final int LOG_LOCAL7 = 23;

  /** Python's {@code priority_names}: {@code "warning"} → 4 … (read-only). */
  public static final Map<String, Integer> PRIORITY_NAMES = SyslogCodes.PRIORITY_NAMES;
  /** Python's {@code facility_names}: {@code "local0"} → 16 … (read-only). */
  public static final Map<String, Integer> FACILITY_NAMES = SyslogCodes.FACILITY_NAMES;
  /** Python's {@code priority_map}: level name → priority name (read-only). */
  public static final Map<String, String> PRIORITY_MAP = SyslogCodes.PRIORITY_MAP;

  /** The kind of socket, Python's {@code socket.SOCK_DGRAM} and {@code socket.SOCK_STREAM}. */
  public enum SocketType {
    DGRAM,
    STREAM
  }

  private static final long TIMEOUT_NANOS = 1_000_000_000L;

  private final @Nullable String host;
  private final int port;
  private final @Nullable String unixPath;
  private final StringBuilder buffer = new StringBuilder(256);
  private final TextEncoder encoder = new TextEncoder(StandardCharsets.UTF_8);
  private volatile int facility;
  private volatile String ident = "";
  private volatile boolean appendNul = true;
  private @Nullable SocketType socktype;
  private @Nullable SocketAddress target;

  /** The open socket, or {@code null}; guarded by {@link #lock}. */
  protected @Nullable NetworkChannel socket;

  /** A handler sending UDP to {@code localhost:514} with facility {@link #LOG_USER}. */
  public SysLogHandler() {
    this("localhost", SYSLOG_UDP_PORT, LOG_USER, null);
  }

  /** A handler sending UDP to {@code host:port} with facility {@link #LOG_USER}. */
  public SysLogHandler(String host, int port) {
    this(host, port, LOG_USER, null);
  }

  /**
   * A handler sending to {@code host:port} over {@code socktype} ({@code null}: UDP).
   *
   * @throws IllegalArgumentException if {@code port} is outside 0–65535 or {@code facility} is
   *     negative
   */
  public SysLogHandler(String host, int port, int facility, @Nullable SocketType socktype) {
    this(requireNonNull(host, "host"), port, null, facility, socktype);
  }

  /** A handler sending to the Unix socket {@code unixPath} ({@code /dev/log}…), user facility. */
  public SysLogHandler(String unixPath) {
    this(unixPath, LOG_USER, null);
  }

  /**
   * A handler sending to the Unix socket at {@code unixPath} over {@code socktype}; {@code null}
   * tries a datagram socket, then a stream socket.
   *
   * @throws IllegalStateException if junixsocket, which Unix sockets need, is missing
   */
  public SysLogHandler(String unixPath, int facility, @Nullable SocketType socktype) {
    this(null, 0, requireNonNull(unixPath, "unixPath"), facility, socktype);
  }

  private SysLogHandler(@Nullable String host, int port, @Nullable String unixPath, int facility,
      @Nullable SocketType socktype) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range 0-65535: " + port);
    }
    if (facility < 0) {
      throw new IllegalArgumentException("facility < 0: " + facility);
    }
    this.host = host;
    this.port = port;
    this.unixPath = unixPath;
    this.facility = facility;
    this.socktype = socktype;
    try {
      createSocket();
    } catch (IOException | UnresolvedAddressException e) {
      // Like openlog(3): a daemon that is not up yet is tried again by the next record.
    }
  }

  private static String requireNonNull(@Nullable String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }

  /** Returns the host, or {@code null} for a Unix socket. */
  public @Nullable String getHost() {
    return host;
  }

  /** Returns the port; meaningless for a Unix socket. */
  public int getPort() {
    return port;
  }

  /** Returns the Unix socket path, or {@code null} for TCP/UDP. */
  public @Nullable String getUnixPath() {
    return unixPath;
  }

  public int getFacility() {
    return facility;
  }

  /** Sets the facility records are sent with ({@link #LOG_USER} by default). */
  public void setFacility(int facility) {
    if (facility < 0) {
      throw new IllegalArgumentException("facility < 0: " + facility);
    }
    this.facility = facility;
  }

  /**
   * Returns the socket type: as given, or for a Unix socket the one that connected; {@code
   * null} while a Unix socket given none has not connected yet.
   */
  public @Nullable SocketType getSocktype() {
    lock.lock();
    try {
      return socktype;
    } finally {
      lock.unlock();
    }
  }

  public String getIdent() {
    return ident;
  }

  /** Sets the text put before every message, e.g. {@code "myapp: "} (default empty). */
  public void setIdent(String ident) {
    this.ident = requireNonNull(ident, "ident");
  }

  public boolean getAppendNul() {
    return appendNul;
  }

  /** Sets whether a NUL byte ends every message (default {@code true}; old daemons expect it). */
  public void setAppendNul(boolean appendNul) {
    this.appendNul = appendNul;
  }

  /**
   * Makes the socket: for a Unix path, connects it (datagram, then stream, unless a type was
   * given), ignoring failure, as CPython does; for TCP, connects to the first address of the
   * host that accepts within one second; for UDP, opens an unconnected socket.
   *
   * @throws IOException when no TCP connection can be made or the host cannot be resolved
   */
  public void createSocket() throws IOException {
    lock.lock();
    try {
      if (unixPath != null) {
        try {
          connectUnixSocket(unixPath);
        } catch (IOException e) {
          // Syslog may not be up yet: the next record connects (openlog(3) ignores it too).
        }
      } else {
        createInetSocket();
      }
    } finally {
      lock.unlock();
    }
  }

  private void createInetSocket() throws IOException {
    InetAddress[] addresses = InetAddress.getAllByName(host);
    if (socktype != SocketType.STREAM) {
      InetAddress first = addresses[0];
      DatagramChannel channel = DatagramChannel.open(first instanceof Inet6Address
          ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
      channel.configureBlocking(false);
      target = new InetSocketAddress(first, port);
      socket = channel;
      socktype = SocketType.DGRAM;
      return;
    }
    IOException last = null;
    for (InetAddress address : addresses) {
      SocketChannel channel = SocketChannel.open();
      try {
        int millis = (int) (TIMEOUT_NANOS / 1_000_000);
        channel.socket().connect(new InetSocketAddress(address, port), millis);
        channel.configureBlocking(false);
        socket = channel;
        return;
      } catch (IOException e) {
        channel.close();
        last = e;
      }
    }
    throw last != null ? last : new IOException("getaddrinfo returns an empty list");
  }

  /** CPython's {@code _connect_unixsocket}: the given type, or datagram falling back to stream. */
  private void connectUnixSocket(String path) throws IOException {
    SocketType use = socktype != null ? socktype : SocketType.DGRAM;
    try {
      socket = openUnix(use, path);
      socktype = use;
    } catch (IOException e) {
      if (socktype != null) {
        throw e; // a type was given: no falling back
      }
      socket = openUnix(SocketType.STREAM, path);
      socktype = SocketType.STREAM;
    }
  }

  private static NetworkChannel openUnix(SocketType type, String path) throws IOException {
    return type == SocketType.DGRAM
        ? UnixSockets.connectDatagram(path)
        : UnixSockets.connectStream(path);
  }

  /** Returns {@code (facility << 3) | priority}, as Python's {@code encodePriority}. */
  public int encodePriority(int facility, int priority) {
    return (facility << 3) | priority;
  }

  /**
   * Returns the encoded priority of a facility and a priority given by name ({@link
   * #FACILITY_NAMES}, {@link #PRIORITY_NAMES}).
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public int encodePriority(String facility, String priority) {
    return encodePriority(SyslogCodes.facility(facility), SyslogCodes.priority(priority));
  }

  /** As {@link #encodePriority(String, String)} with a numeric facility. */
  public int encodePriority(int facility, String priority) {
    return encodePriority(facility, SyslogCodes.priority(priority));
  }

  /** As {@link #encodePriority(String, String)} with a numeric priority. */
  public int encodePriority(String facility, int priority) {
    return encodePriority(SyslogCodes.facility(facility), priority);
  }

  /**
   * Maps a level name to a key of {@link #PRIORITY_NAMES}: {@link #PRIORITY_MAP}'s entry, else
   * {@code "warning"}. Override for custom levels or other mappings.
   */
  public String mapPriority(String levelName) {
    String p = PRIORITY_MAP.get(levelName);
    return p != null ? p : "warning";
  }

  /** Formats the record, prefixes priority and ident, sends it; errors: {@link #handleError}. */
  @Override
  public void emit(LogRecord record) {
    try {
      buffer.setLength(0);
      int pri = encodePriority(facility, mapPriority(record.getLevelname()));
      buffer.append('<').append(pri).append('>').append(ident);
      format(record, buffer);
      if (appendNul) {
        buffer.append('\0');
      }
      send(encoder.encode(buffer));
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  private void send(ByteBuffer message) throws IOException {
    if (socket == null) {
      if (unixPath != null) {
        connectUnixSocket(unixPath);
      } else {
        createInetSocket();
      }
    }
    if (unixPath != null) {
      try {
        write(message, null);
      } catch (IOException e) {
        // The daemon may have restarted: reconnect once and resend, as CPython does.
        closeSocketQuietly();
        connectUnixSocket(unixPath);
        ((Buffer) message).position(0);
        write(message, null);
      }
    } else if (socktype == SocketType.DGRAM) {
      try {
        write(message, target);
      } catch (IOException e) {
        NetworkChannel s = socket;
        if (s != null && !s.isOpen()) {
          closeSocketQuietly(); // closed by an interrupt: the next record opens a new one
        }
        throw e;
      }
    } else {
      try {
        write(message, null);
      } catch (IOException e) {
        closeSocketQuietly(); // so that the next record reconnects
        throw e;
      }
    }
  }

  private void write(ByteBuffer message, @Nullable SocketAddress to) throws IOException {
    NetworkChannel s = socket;
    if (s instanceof DatagramChannel) {
      SocketIO.sendDatagram((DatagramChannel) s, message, to, TIMEOUT_NANOS);
    } else {
      SocketIO.sendAll((SocketChannel) s, message, TIMEOUT_NANOS);
    }
  }

  private void closeSocketQuietly() {
    NetworkChannel s = socket;
    socket = null;
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
    String where = unixPath != null ? unixPath : host + ":" + port;
    return "<" + getClass().getSimpleName() + " " + where + " ("
        + Level.getLevelName(getLevel()) + ")>";
  }
}
