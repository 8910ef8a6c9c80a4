package dev.logwright.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server that requires STARTTLS before AUTH: Python's aiosmtpd, run from {@code
 * src/test/resources/python/smtp_starttls_server.py} by an interpreter that has it ({@code
 * apt-get install python3-aiosmtpd}). Each message received is a {@link Received}. Close it to
 * stop the process.
 */
public final class StartTlsSmtpServer implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final int port;

  private StartTlsSmtpServer(Process process) throws IOException, InterruptedException {
    this.process = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException ignored) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    String first = lines.poll(30, TimeUnit.SECONDS);
    if (first == null || !first.startsWith("port=")) {
      throw new IOException("aiosmtpd did not start: " + first + " "
          + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    this.port = Integer.parseInt(first.substring(5));
  }

  /** Returns a Python that can import aiosmtpd, or {@code null}. */
  public static String python() {
    for (String candidate : Arrays.asList(CPython.executable(), "/usr/bin/python3", "python3")) {
      try {
        Process p = new ProcessBuilder(candidate, "-c", "import aiosmtpd").redirectErrorStream(true).start();
        try {
          p.getInputStream().readAllBytes();
          if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
            return candidate;
          }
        } finally {
          p.destroyForcibly();
        }
      } catch (IOException | InterruptedException e) {
        // try the next one
      }
    }
    return null;
  }

  /**
   * Starts the server with {@code cert}, accepting {@code user}/{@code password}, not offering
   * the {@code excluded} mechanisms (comma-separated, may be empty).
   */
  public static StartTlsSmtpServer start(SelfSignedCertificate cert, Path dir, String user,
      String password, String excluded) throws Exception {
    String python = python();
    Peers.require(python != null, "aiosmtpd (apt-get install python3-aiosmtpd)");
    Path script = dir.resolve("smtp_starttls_server.py");
    try (InputStream in = StartTlsSmtpServer.class.getResourceAsStream("/python/smtp_starttls_server.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    Path key = cert.writePrivateKeyPem(dir.resolve("server-key.pem"));
    ProcessBuilder pb = new ProcessBuilder(python, script.toString(), cert.pem().toString(),
        key.toString(), user, password, excluded);
    pb.redirectError(dir.resolve("aiosmtpd.err").toFile());
    Process p = pb.start();
    try {
      return new StartTlsSmtpServer(p);
    } catch (IOException | InterruptedException | RuntimeException e) {
      p.destroyForcibly();
      throw e;
    }
  }

  public int port() {
    return port;
  }

  /** Returns the next message received, waiting up to 20 s. */
  public Received take() throws InterruptedException {
    String line = lines.poll(20, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("no message arrived within 20 s");
    }
    return new Received(line);
  }

  /** Returns how many received messages have not been taken. */
  public int pending() {
    return lines.size();
  }

  @Override
  public void close() throws InterruptedException {
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // it is being stopped anyway
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** One message as the server saw it. */
  public static final class Received {
    public final String mailFrom;
    public final List<String> rcptTos;
    public final boolean tls;
    public final String auth;
    public final byte[] content;

    Received(String line) {
      Map<String, String> fields = new HashMap<>();
      for (String part : line.split(" ")) {
        int eq = part.indexOf('=');
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
      mailFrom = fields.get("mail_from");
      rcptTos = new ArrayList<>(Arrays.asList(fields.get("rcpt_tos").split(",")));
      tls = Boolean.parseBoolean(fields.get("tls").toLowerCase());
      auth = fields.get("auth");
      content = Base64.getDecoder().decode(fields.get("content"));
    }
  }
}
