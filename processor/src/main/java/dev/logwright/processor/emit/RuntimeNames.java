package dev.logwright.processor.emit;

import com.palantir.javapoet.ClassName;

/**
 * Every runtime type generated code names, in one place; a test checks each one against the
 * runtime jar.
 */
public final class RuntimeNames {
  private static final String CORE = "dev.logwright";
  private static final String HANDLERS = "dev.logwright.handlers";
  private static final String CONFIG = "dev.logwright.config";

  public static final ClassName HANDLER = ClassName.get(CORE, "Handler");
  public static final ClassName LOGGER = ClassName.get(CORE, "Logger");
  public static final ClassName MANAGER = ClassName.get(CORE, "Manager");
  public static final ClassName LEVEL = ClassName.get(CORE, "Level");
  public static final ClassName LOG_RECORD = ClassName.get(CORE, "LogRecord");
  public static final ClassName FORMATTER = ClassName.get(CORE, "Formatter");

  public static final ClassName STREAM_HANDLER = ClassName.get(HANDLERS, "StreamHandler");
  public static final ClassName FILE_HANDLER = ClassName.get(HANDLERS, "FileHandler");
  public static final ClassName NULL_HANDLER = ClassName.get(HANDLERS, "NullHandler");
  public static final ClassName WATCHED_FILE_HANDLER = ClassName.get(HANDLERS, "WatchedFileHandler");
  public static final ClassName ROTATING_FILE_HANDLER = ClassName.get(HANDLERS, "RotatingFileHandler");
  public static final ClassName TIMED_ROTATING_FILE_HANDLER = ClassName.get(HANDLERS, "TimedRotatingFileHandler");
  public static final ClassName SOCKET_HANDLER = ClassName.get(HANDLERS, "SocketHandler");
  public static final ClassName DATAGRAM_HANDLER = ClassName.get(HANDLERS, "DatagramHandler");
  public static final ClassName SYSLOG_HANDLER = ClassName.get(HANDLERS, "SysLogHandler");
  public static final ClassName SYSLOG_SOCKET_TYPE = SYSLOG_HANDLER.nestedClass("SocketType");
  public static final ClassName CREDENTIALS = ClassName.get(HANDLERS, "Credentials");
  public static final ClassName NT_EVENT_LOG_HANDLER = ClassName.get(HANDLERS, "NTEventLogHandler");
  public static final ClassName SMTP_HANDLER = ClassName.get(HANDLERS, "SMTPHandler");
  public static final ClassName HTTP_HANDLER = ClassName.get(HANDLERS, "HTTPHandler");
  public static final ClassName MEMORY_HANDLER = ClassName.get(HANDLERS, "MemoryHandler");
  public static final ClassName QUEUE_HANDLER = ClassName.get(HANDLERS, "QueueHandler");
  public static final ClassName QUEUE_LISTENER = ClassName.get(HANDLERS, "QueueListener");
  public static final ClassName RECORD_RING_BUFFER = ClassName.get(HANDLERS, "RecordRingBuffer");
  public static final ClassName RING_WHEN_FULL = RECORD_RING_BUFFER.nestedClass("WhenFull");

  public static final ClassName PLACEHOLDERS = ClassName.get(CONFIG, "Placeholders");
  public static final ClassName FORMAT_SUPPORT = ClassName.get(CONFIG, "FormatSupport");
  public static final ClassName COMPILED_SPEC = ClassName.get(CONFIG, "CompiledSpec");
  public static final ClassName PIPELINE_SUPPORT = ClassName.get(CONFIG, "PipelineSupport");

  private RuntimeNames() {}
}
