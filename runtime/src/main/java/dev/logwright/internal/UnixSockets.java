package dev.logwright.internal;

import java.io.File;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/**
 * AF_UNIX stream and datagram sockets, through the optional junixsocket library: the JDK has no
 * Unix datagram sockets (such as {@code /dev/log}) and Java 11 no Unix sockets at all. This class
 * is the only one that names junixsocket; without it on the class path every method fails with
 * an {@link IllegalStateException} naming the artifact to add.
 */
public final class UnixSockets {
  /** The dependency to add for Unix sockets. */
  public static final String ARTIFACT =
      "com.kohlschutter.junixsocket:junixsocket-core:2.11.1 (<type>pom</type>)";

  private UnixSockets() {}

  /** Returns whether Unix sockets work: junixsocket is present and supports this platform. */
  public static boolean isAvailable() {
    try {
      return Impl.supported();
    } catch (LinkageError e) {
      return false;
    }
  }

  /** Opens a stream socket connected to {@code path}; the channel is left non-blocking. */
  public static SocketChannel connectStream(String path) throws IOException {
    check();
    return Impl.connectStream(path);
  }

  /** Opens an unconnected datagram socket, non-blocking, for {@link #address} targets. */
  public static DatagramChannel openDatagram() throws IOException {
    check();
    return Impl.openDatagram();
  }

  /** Opens a datagram socket connected to {@code path}, failing if nothing listens there. */
  public static DatagramChannel connectDatagram(String path) throws IOException {
    check();
    return Impl.connectDatagram(path);
  }

  /** Returns the socket address of the file {@code path}. */
  public static SocketAddress address(String path) throws IOException {
    check();
    return Impl.address(path);
  }

  private static void check() {
    boolean supported;
    try {
      supported = Impl.supported();
    } catch (LinkageError e) {
      throw new IllegalStateException(
          "Unix domain sockets need junixsocket on the class path: add " + ARTIFACT, e);
    }
    if (!supported) {
      throw new IllegalStateException(
          "junixsocket (" + ARTIFACT + ") does not support Unix domain sockets on "
              + System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
    }
  }

  /** Holds every reference to junixsocket, so that only calling it needs the library. */
  private static final class Impl {
    static boolean supported() {
      return AFUNIXSocket.isSupported();
    }

    static SocketAddress address(String path) throws IOException {
      return AFUNIXSocketAddress.of(new File(path));
    }

    static SocketChannel connectStream(String path) throws IOException {
      AFUNIXSocketChannel channel = AFUNIXSocketChannel.open();
      try {
        channel.connect(address(path));
        channel.configureBlocking(false);
        return channel;
      } catch (IOException | RuntimeException e) {
        channel.close(); // Issue 19182: do not leak the socket of a failed connect
        throw e;
      }
    }

    static DatagramChannel openDatagram() throws IOException {
      AFUNIXDatagramChannel channel = AFUNIXDatagramChannel.open();
      channel.configureBlocking(false);
      return channel;
    }

    static DatagramChannel connectDatagram(String path) throws IOException {
      AFUNIXDatagramChannel channel = AFUNIXDatagramChannel.open();
      try {
        channel.connect(address(path));
        channel.configureBlocking(false);
        return channel;
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    }
  }
}
