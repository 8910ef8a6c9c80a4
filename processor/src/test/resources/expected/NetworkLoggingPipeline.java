package net;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.config.PipelineSupport;
import dev.logwright.config.Placeholders;
import dev.logwright.handlers.Credentials;
import dev.logwright.handlers.DatagramHandler;
import dev.logwright.handlers.HTTPHandler;
import dev.logwright.handlers.MemoryHandler;
import dev.logwright.handlers.NTEventLogHandler;
import dev.logwright.handlers.SMTPHandler;
import dev.logwright.handlers.SocketHandler;
import dev.logwright.handlers.SysLogHandler;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.annotation.processing.Generated;
import javax.net.ssl.SSLContext;

/**
 * The pipeline configured by {@link NetworkLogging}: builds its handlers, installs them, closes them.
 */
@Generated("dev.logwright.processor.LogwrightProcessor")
public final class NetworkLoggingPipeline implements NetworkLogging, AutoCloseable {
  private final SocketHandler tcp;

  private final DatagramHandler udp;

  private final SMTPHandler mail;

  private final MemoryHandler alerts;

  private final HTTPHandler web;

  private final SysLogHandler collector;

  private final NTEventLogHandler events;

  private volatile Manager manager = Manager.global();

  private boolean installed;

  private boolean closed;

  private NetworkLoggingPipeline() {
    try {
      this.tcp = newTcp();
      this.udp = newUdp();
      this.mail = newMail();
      this.alerts = newAlerts();
      this.web = newWeb();
      this.collector = newCollector();
      this.events = newEvents();
    } catch (RuntimeException e) {
      // Close what was built before the failure, so no file or socket leaks.
      closeAll(e);
      throw e;
    }
  }

  /**
   * Builds every handler, targets before the handlers that use them.
   */
  public static NetworkLoggingPipeline create() {
    return new NetworkLoggingPipeline();
  }

  /**
   * Installs the pipeline in the global logger hierarchy; see {@link #install(Manager)}.
   */
  public NetworkLoggingPipeline install() {
    return install(Manager.global());
  }

  /**
   * Sets the level of the root and of each declared logger of {@code manager}'s hierarchy and
   * attaches their handlers. Once only: {@link #close()} detaches them again.
   *
   * @return this pipeline
   * @throws IllegalStateException if already installed or closed
   */
  public synchronized NetworkLoggingPipeline install(Manager manager) {
    if (installed || closed) {
      throw new IllegalStateException(installed ? "pipeline already installed" : "pipeline closed");
    }
    this.manager = manager;
    Logger root = manager.getRoot();
    root.setLevel(Level.WARNING);
    root.addHandler(tcp);
    root.addHandler(udp);
    root.addHandler(alerts);
    root.addHandler(web);
    root.addHandler(collector);
    root.addHandler(events);
    installed = true;
    return this;
  }

  /**
   * Detaches the handlers from the loggers, stops queue listeners (draining their queues), then
   * closes every handler in reverse build order. Only the first call does anything.
   *
   * @throws RuntimeException the first failure, with later ones suppressed
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (installed) {
      manager.getRoot().removeHandler(tcp);
      manager.getRoot().removeHandler(udp);
      manager.getRoot().removeHandler(alerts);
      manager.getRoot().removeHandler(web);
      manager.getRoot().removeHandler(collector);
      manager.getRoot().removeHandler(events);
    }
    RuntimeException failure = closeAll(null);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Handler tcp() {
    return tcp;
  }

  @Override
  public Handler udp() {
    return udp;
  }

  @Override
  public Handler mail() {
    return mail;
  }

  @Override
  public Handler alerts() {
    return alerts;
  }

  @Override
  public Handler web() {
    return web;
  }

  @Override
  public Handler collector() {
    return collector;
  }

  @Override
  public Handler events() {
    return events;
  }

  private SocketHandler newTcp() {
    SocketHandler handler = new SocketHandler(Placeholders.resolve("${LOG_HOST:-localhost}"), 9020);
    handler.setName("tcp");
    return handler;
  }

  private DatagramHandler newUdp() {
    DatagramHandler handler = new DatagramHandler("127.0.0.1", 9021);
    handler.setName("udp");
    return handler;
  }

  private SMTPHandler newMail() {
    SSLContext tls;
    try {
      tls = SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no default TLS context for STARTTLS", e);
    }
    SMTPHandler handler = new SMTPHandler(Placeholders.resolve("${SMTP_HOST}"), 587,
        "app@example.com", Arrays.asList("ops@example.com", Placeholders.resolve("${ONCALL}")),
        "Application error",
        new Credentials(Placeholders.resolve("${SMTP_USER}"), Placeholders.resolve("${SMTP_PASSWORD}")),
        tls, 2.5);
    handler.setName("mail");
    return handler;
  }

  private MemoryHandler newAlerts() {
    MemoryHandler handler = new MemoryHandler(50, Level.CRITICAL, this.mail, false);
    handler.setName("alerts");
    handler.setLevel(Level.ERROR);
    return handler;
  }

  private HTTPHandler newWeb() {
    HTTPHandler handler = new HTTPHandler("logs.example.com:8443", "/ingest", "POST", true,
        new Credentials("app", Placeholders.resolve("${HTTP_PASSWORD}")), null);
    handler.setName("web");
    return handler;
  }

  private SysLogHandler newCollector() {
    SysLogHandler handler = new SysLogHandler("logs.example.com", 6514, SysLogHandler.LOG_DAEMON,
        SysLogHandler.SocketType.STREAM) {
      @Override
      public String mapPriority(String levelName) {
        switch (levelName) {
          case "TRACE": return "debug";
          case "NOTICE": return "notice";
          default: return super.mapPriority(levelName);
        }
      }
    };
    handler.setIdent("app: ");
    handler.setAppendNul(false);
    handler.setName("collector");
    return handler;
  }

  private NTEventLogHandler newEvents() {
    NTEventLogHandler handler = new NTEventLogHandler("Example App", null, "System");
    handler.setName("events");
    return handler;
  }

  /**
   * Stops and closes whatever has been built; returns {@code failure} or the first new failure.
   */
  private RuntimeException closeAll(RuntimeException failure) {
    RuntimeException first = failure;
    first = PipelineSupport.close(first, events);
    first = PipelineSupport.close(first, collector);
    first = PipelineSupport.close(first, web);
    first = PipelineSupport.close(first, alerts);
    first = PipelineSupport.close(first, mail);
    first = PipelineSupport.close(first, udp);
    first = PipelineSupport.close(first, tcp);
    return first;
  }
}
