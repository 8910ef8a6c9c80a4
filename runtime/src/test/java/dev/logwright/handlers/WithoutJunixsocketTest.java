package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.internal.UnixSockets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The optional junixsocket dependency: without it, Unix sockets fail in words that name it. */
class WithoutJunixsocketTest {
  @TempDir Path tmp;

  /**
   * Verifies, in a JVM without junixsocket on the class path, that SysLogHandler fails at
   * construction with the artifact's name, and that SocketHandler reports the same message
   * through handleError instead of throwing into the caller.
   */
  @Test
  @Timeout(60)
  void missingLibraryIsNamed() throws Exception {
    String classPath = location(SysLogHandler.class) + File.pathSeparator + location(WithoutJunixsocketMain.class);
    assertThat(classPath).doesNotContain("junixsocket");
    Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, WithoutJunixsocketMain.class.getName(), tmp.resolve("x.sock").toString())
        .redirectErrorStream(true)
        .start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(out).contains("SYSLOG Unix domain sockets need junixsocket on the class path: add "
          + UnixSockets.ARTIFACT);
      assertThat(out).contains("--- Logging error ---");
      assertThat(out).contains("java.lang.IllegalStateException: Unix domain sockets need junixsocket");
      assertThat(out).contains("SOCKET returned");
    } finally {
      p.destroyForcibly();
    }
  }

  private static String location(Class<?> c) throws Exception {
    return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
