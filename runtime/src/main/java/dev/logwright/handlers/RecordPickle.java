package dev.logwright.handlers;

import dev.logwright.LogRecord;
import dev.logwright.internal.Pickler;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a record's attribute dict as {@code SocketHandler.makePickle} pickles it, in the order
 * CPython's {@code LogRecord.__dict__} holds the attributes: the constructor's, then the
 * {@code extra} ones, then {@code asctime} when a formatter set it ({@code message} is left
 * out, bpo-25685). Reuses its buffers; not thread-safe.
 */
final class RecordPickle {
  private static final int STANDARD_ATTRIBUTES = 21;

  /** Scratch space for the merged message and for formatting; reused under the handler's lock. */
  final StringBuilder scratch = new StringBuilder(256);

  private Pickler p;
  private int index;
  private int count;

  void write(Pickler pickler, LogRecord r) {
    Map<String, Object> extra = r.getExtra();
    String asctime = r.getAsctime();
    p = pickler;
    index = 0;
    count = STANDARD_ATTRIBUTES + extra.size() + (asctime != null ? 1 : 0);
    p.emptyDict();
    p.beginItems(count);
    value("name", r.getName());
    // bpo-14436: msg % args is merged here, since msg and args may not unpickle at the receiver.
    scratch.setLength(0);
    r.appendMessage(scratch);
    value("msg", scratch);
    value("args", null);
    value("levelname", r.getLevelname());
    integer("levelno", r.getLevelno());
    value("pathname", r.getPathname());
    value("filename", r.getFilename());
    value("module", r.getModule());
    value("exc_info", null);
    value("exc_text", r.getExcText());
    value("stack_info", r.getStackInfo());
    integer("lineno", r.getLineno());
    value("funcName", r.getFuncName());
    real("created", r.getCreated());
    real("msecs", r.getMsecs());
    real("relativeCreated", r.getRelativeCreated());
    integer("thread", r.getThread());
    value("threadName", r.getThreadName());
    value("processName", r.getProcessName());
    integer("process", r.getProcess());
    value("taskName", r.getTaskName());
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      value(e.getKey(), e.getValue());
    }
    if (asctime != null) {
      value("asctime", asctime);
    }
  }

  private void value(String key, @Nullable Object value) {
    p.writeString(key);
    p.writeValue(value);
    p.endDictItem(index++, count);
  }

  private void integer(String key, long value) {
    p.writeString(key);
    p.writeInt(value);
    p.endDictItem(index++, count);
  }

  private void real(String key, double value) {
    p.writeString(key);
    p.writeFloat(value);
    p.endDictItem(index++, count);
  }
}
