package dev.logwright.internal;

import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import dev.logwright.handlers.NTEventLogHandler;
import org.jspecify.annotations.Nullable;

/**
 * The Windows event log through JNA platform ({@code net.java.dev.jna:jna-platform}), the only
 * class that uses it: registers the application as an event source, as {@code
 * win32evtlogutil.AddSourceToRegistry} does, then reports events with {@code ReportEvent}.
 * Loading it without JNA on the class path fails with {@link NoClassDefFoundError}, which
 * {@link NTEventLogHandler} turns into its warning.
 */
public final class JnaEventLog implements NTEventLogHandler.Backend {
  private static final String SOURCES = "SYSTEM\\CurrentControlSet\\Services\\EventLog\\";
  /** EVENTLOG_ERROR_TYPE | EVENTLOG_WARNING_TYPE | EVENTLOG_INFORMATION_TYPE. */
  private static final int TYPES_SUPPORTED = 7;

  private final WinNT.HANDLE handle;

  /**
   * Registers {@code appname} as a source of the {@code logtype} log (with {@code dllname} as
   * its message file when given) and opens it for reporting.
   *
   * @throws Win32Exception if the source cannot be opened, or the registry cannot be written
   *     for another reason than a lack of rights (then the source may exist already)
   */
  public JnaEventLog(String appname, @Nullable String dllname, String logtype) {
    addSourceToRegistry(appname, dllname, logtype);
    WinNT.HANDLE h = Advapi32.INSTANCE.RegisterEventSource(null, appname);
    if (h == null) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
    handle = h;
  }

  private static void addSourceToRegistry(String appname, @Nullable String dllname, String logtype) {
    String key = SOURCES + logtype + "\\" + appname;
    try {
      Advapi32Util.registryCreateKey(WinReg.HKEY_LOCAL_MACHINE, key);
      if (dllname != null) {
        Advapi32Util.registrySetExpandableStringValue(WinReg.HKEY_LOCAL_MACHINE, key, "EventMessageFile", dllname);
      }
      Advapi32Util.registrySetIntValue(WinReg.HKEY_LOCAL_MACHINE, key, "TypesSupported", TYPES_SUPPORTED);
    } catch (Win32Exception e) {
      // Adding a source needs administrator rights; a user may still log to an existing one.
      // CPython lets "access denied" (winerror 5) pass for the same reason.
      if (e.getErrorCode() != WinError.ERROR_ACCESS_DENIED) {
        throw e;
      }
    }
  }

  @Override
  public void reportEvent(String appname, int eventId, int category, int type, String message) {
    boolean ok = Advapi32.INSTANCE.ReportEvent(handle, type, category, eventId, null, 1, 0,
        new String[] {message}, null);
    if (!ok) {
      throw new Win32Exception(Kernel32.INSTANCE.GetLastError());
    }
  }

  @Override
  public void close() {
    Advapi32.INSTANCE.DeregisterEventSource(handle);
  }
}
