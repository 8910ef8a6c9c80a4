package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.internal.JnaEventLog;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Sends records to the Windows event log, as Python's {@code NTEventLogHandler}: each record
 * becomes one event of the application {@code appname}, with the {@linkplain #getMessageID
 * message ID}, {@linkplain #getEventCategory category} and {@linkplain #getEventType type} the
 * hooks choose and the formatted record as its only insertion string.
 *
 * <p>On Windows the events go through JNA platform ({@code net.java.dev.jna:jna-platform}, an
 * optional dependency); making the handler registers {@code appname} as a source of the {@code
 * logtype} log, which needs administrator rights the first time (without them an existing
 * source is used). Elsewhere, or without JNA, the handler prints one warning on {@code
 * System.err} and drops every record, as Python's prints one when the Win32 extensions are
 * missing. Another destination can be given as a {@link Backend}.
 *
 * <p>{@code dllname} names the message file the event viewer reads descriptions from. Python
 * defaults to {@code win32service.pyd}, whose message 1 is {@code "%1"}; there is no such
 * default here: pass a DLL whose message {@link #getMessageID(LogRecord) 1} is {@code "%1"} (for
 * instance .NET's {@code EventLogMessages.dll}) to have the viewer show the text alone.
 */
public class NTEventLogHandler extends Handler {
  /** Event types of {@code ReportEvent}, as {@code win32evtlog} names them. */
  public static final int EVENTLOG_ERROR_TYPE = 0x0001;
  public static final int EVENTLOG_WARNING_TYPE = 0x0002;
  public static final int EVENTLOG_INFORMATION_TYPE = 0x0004;
  public static final int EVENTLOG_AUDIT_SUCCESS = 0x0008;
  public static final int EVENTLOG_AUDIT_FAILURE = 0x0010;

  /** Where events go. {@link JnaEventLog} is the Windows event log; tests record them. */
  public interface Backend extends AutoCloseable {
    /** Reports one event with {@code message} as its only insertion string. */
    void reportEvent(String appname, int eventId, int category, int type, String message) throws Exception;

    /** Releases the event source. */
    @Override
    void close() throws Exception;
  }

  private final String appname;
  private final @Nullable String dllname;
  private final String logtype;
  private final @Nullable Backend backend;
  private final Map<Integer, Integer> typemap = new HashMap<>();
  private volatile int deftype = EVENTLOG_ERROR_TYPE;

  /** A handler logging to the {@code Application} log as {@code appname}, with no message file. */
  public NTEventLogHandler(String appname) {
    this(appname, null, "Application");
  }

  /**
   * A handler logging to the {@code logtype} log as {@code appname}, with {@code dllname} as
   * the source's message file ({@code null}: none) when it is registered. Prints one warning and
   * drops records where the Windows event log cannot be reached.
   */
  public NTEventLogHandler(String appname, @Nullable String dllname, String logtype) {
    this(appname, dllname, logtype,
        windowsBackend(System.getProperty("os.name", ""), () -> new JnaEventLog(appname, dllname, logtype)));
  }

  /**
   * A handler reporting to {@code backend}; {@code null} means none: records are dropped (the
   * caller has said why).
   */
  public NTEventLogHandler(String appname, @Nullable String dllname, String logtype, @Nullable Backend backend) {
    if (appname == null) {
      throw new NullPointerException("appname == null");
    }
    if (logtype == null) {
      throw new NullPointerException("logtype == null");
    }
    this.appname = appname;
    this.dllname = dllname;
    this.logtype = logtype;
    this.backend = backend;
    typemap.put(Level.DEBUG, EVENTLOG_INFORMATION_TYPE);
    typemap.put(Level.INFO, EVENTLOG_INFORMATION_TYPE);
    typemap.put(Level.WARNING, EVENTLOG_WARNING_TYPE);
    typemap.put(Level.ERROR, EVENTLOG_ERROR_TYPE);
    typemap.put(Level.CRITICAL, EVENTLOG_ERROR_TYPE);
  }

  /**
   * Returns the Windows backend from {@code open} on Windows; otherwise, or when {@code open}
   * fails (JNA missing, registry refused), prints one warning and returns {@code null}.
   */
  static @Nullable Backend windowsBackend(String osName, Supplier<Backend> open) {
    if (!osName.startsWith("Windows")) {
      System.err.println("NTEventLogHandler: the Windows event log is not available on " + osName
          + "; records will be dropped");
      return null;
    }
    try {
      return open.get();
    } catch (LinkageError e) {
      System.err.println("NTEventLogHandler: the Windows event log needs JNA platform"
          + " (net.java.dev.jna:jna-platform) on the class path; records will be dropped");
    } catch (RuntimeException e) {
      System.err.println("NTEventLogHandler: cannot open the Windows event log (" + e
          + "); records will be dropped");
    }
    return null;
  }

  public String getAppname() {
    return appname;
  }

  public @Nullable String getDllname() {
    return dllname;
  }

  public String getLogtype() {
    return logtype;
  }

  /** Returns whether records reach a backend; {@code false} where the event log is unavailable. */
  public boolean hasBackend() {
    return backend != null;
  }

  /**
   * Returns the level-to-event-type map {@link #getEventType} uses, which may be changed: it
   * maps DEBUG and INFO to information, WARNING to warning, ERROR and CRITICAL to error. Add
   * your own levels here or override {@link #getEventType}.
   */
  public Map<Integer, Integer> getTypemap() {
    return typemap;
  }

  /** Returns the event type of levels missing from the typemap; error by default. */
  public int getDeftype() {
    return deftype;
  }

  public void setDeftype(int deftype) {
    this.deftype = deftype;
  }

  /**
   * Returns the message ID of the event for {@code record}: 1, the base message ID of Python's
   * {@code win32service.pyd}. Override to use the messages of your own DLL.
   */
  public int getMessageID(LogRecord record) {
    return 1;
  }

  /** Returns the event category for {@code record}: 0. Override for categories of your own. */
  public int getEventCategory(LogRecord record) {
    return 0;
  }

  /**
   * Returns the event type for {@code record}: the {@linkplain #getTypemap typemap}'s entry for
   * its level, else the {@linkplain #getDeftype default type}. Override for another mapping.
   */
  public int getEventType(LogRecord record) {
    Integer type = typemap.get(record.getLevelno());
    return type != null ? type : deftype;
  }

  /** Reports the formatted record as an event; does nothing without a backend. */
  @Override
  public void emit(LogRecord record) {
    Backend b = backend;
    if (b == null) {
      return;
    }
    try {
      int id = getMessageID(record);
      int category = getEventCategory(record);
      int type = getEventType(record);
      b.reportEvent(appname, id, category, type, format(record));
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  /**
   * Releases the event source. As in Python, the application stays registered as a source,
   * so that the event viewer can still show its events.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      if (!isClosed() && backend != null) {
        backend.close();
      }
    } catch (Exception e) {
      // Closing an event source handle cannot lose records; there is nobody to tell.
    } finally {
      lock.unlock();
      super.close();
    }
  }

  @Override
  public String toString() {
    return "<NTEventLogHandler " + appname + " (" + Level.getLevelName(getLevel()) + ")>";
  }
}
