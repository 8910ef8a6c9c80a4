package dev.logwright.processor;

import com.palantir.javapoet.ClassName;
import dev.logwright.processor.emit.FileEmitter;
import dev.logwright.processor.emit.MailEmitter;
import dev.logwright.processor.emit.HandlerEmitter;
import dev.logwright.processor.emit.MemoryEmitter;
import dev.logwright.processor.emit.NTEventLogEmitter;
import dev.logwright.processor.emit.NullEmitter;
import dev.logwright.processor.emit.QueueEmitter;
import dev.logwright.processor.emit.RotatingFileEmitter;
import dev.logwright.processor.emit.RuntimeNames;
import dev.logwright.processor.emit.SocketEmitter;
import dev.logwright.processor.emit.StreamEmitter;
import dev.logwright.processor.emit.SysLogEmitter;
import dev.logwright.processor.emit.TimedRotatingFileEmitter;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.validate.DatagramValidator;
import dev.logwright.processor.validate.FileValidator;
import dev.logwright.processor.validate.HandlerValidator;
import dev.logwright.processor.validate.HttpValidator;
import dev.logwright.processor.validate.MemoryValidator;
import dev.logwright.processor.validate.NTEventLogValidator;
import dev.logwright.processor.validate.NullValidator;
import dev.logwright.processor.validate.QueueValidator;
import dev.logwright.processor.validate.RotatingFileValidator;
import dev.logwright.processor.validate.SmtpValidator;
import dev.logwright.processor.validate.SocketValidator;
import dev.logwright.processor.validate.StreamValidator;
import dev.logwright.processor.validate.SysLogValidator;
import dev.logwright.processor.validate.TimedRotatingFileValidator;
import dev.logwright.processor.validate.WatchedFileValidator;

/**
 * The handler kinds: for each, its annotation, the runtime class it builds, its model record,
 * its validator and its emitter. Adding a handler is one row here plus those two classes. A
 * kind without an emitter is checked but reported as not generated yet.
 */
public enum HandlerKind {
  STREAM("ToStream", RuntimeNames.STREAM_HANDLER, HandlerModel.Stream.class, new StreamValidator(), new StreamEmitter()),
  FILE("ToFile", RuntimeNames.FILE_HANDLER, HandlerModel.File.class, new FileValidator(), new FileEmitter()),
  NULL("ToNull", RuntimeNames.NULL_HANDLER, HandlerModel.Null.class, new NullValidator(), new NullEmitter()),
  WATCHED_FILE("ToWatchedFile", RuntimeNames.WATCHED_FILE_HANDLER, HandlerModel.WatchedFile.class,
      new WatchedFileValidator(), new FileEmitter()),
  ROTATING_FILE("ToRotatingFile", RuntimeNames.ROTATING_FILE_HANDLER, HandlerModel.RotatingFile.class,
      new RotatingFileValidator(), new RotatingFileEmitter()),
  TIMED_ROTATING_FILE("ToTimedRotatingFile", RuntimeNames.TIMED_ROTATING_FILE_HANDLER,
      HandlerModel.TimedRotatingFile.class, new TimedRotatingFileValidator(), new TimedRotatingFileEmitter()),
  SOCKET("ToSocket", RuntimeNames.SOCKET_HANDLER, HandlerModel.Socket.class, new SocketValidator(), new SocketEmitter()),
  DATAGRAM("ToDatagram", RuntimeNames.DATAGRAM_HANDLER, HandlerModel.Datagram.class, new DatagramValidator(),
      new SocketEmitter()),
  SYSLOG("ToSysLog", RuntimeNames.SYSLOG_HANDLER, HandlerModel.SysLog.class, new SysLogValidator(), new SysLogEmitter()),
  NT_EVENT_LOG("ToNTEventLog", RuntimeNames.NT_EVENT_LOG_HANDLER, HandlerModel.NTEventLog.class,
      new NTEventLogValidator(), new NTEventLogEmitter()),
  SMTP("ToSmtp", RuntimeNames.SMTP_HANDLER, HandlerModel.Smtp.class, new SmtpValidator(), new MailEmitter()),
  HTTP("ToHttp", RuntimeNames.HTTP_HANDLER, HandlerModel.Http.class, new HttpValidator(), new MailEmitter()),
  MEMORY("ToMemory", RuntimeNames.MEMORY_HANDLER, HandlerModel.Memory.class, new MemoryValidator(), new MemoryEmitter()),
  QUEUE("ToQueue", RuntimeNames.QUEUE_HANDLER, HandlerModel.Queue.class, new QueueValidator(), new QueueEmitter());

  private static final String PACKAGE = "dev.logwright.annotations.";

  private final String annotation;
  private final ClassName runtimeClass;
  private final Class<? extends HandlerModel> modelClass;
  private final HandlerValidator validator;
  private final HandlerEmitter emitter;

  HandlerKind(String annotation, ClassName runtimeClass, Class<? extends HandlerModel> modelClass,
      HandlerValidator validator, HandlerEmitter emitter) {
    this.annotation = annotation;
    this.runtimeClass = runtimeClass;
    this.modelClass = modelClass;
    this.validator = validator;
    this.emitter = emitter;
  }

  /** The annotation's simple name, e.g. {@code ToRotatingFile}. */
  public String annotation() {
    return annotation;
  }

  /** The annotation's canonical name. */
  public String annotationName() {
    return PACKAGE + annotation;
  }

  public ClassName runtimeClass() {
    return runtimeClass;
  }

  /** Whether the runtime class is a {@code StreamHandler}, so {@code @Buffered} applies. */
  public boolean isStreamHandler() {
    return this == STREAM || this == FILE || this == WATCHED_FILE || this == ROTATING_FILE
        || this == TIMED_ROTATING_FILE;
  }

  public HandlerValidator validator() {
    return validator;
  }

  /** The emitter, or null while this kind is checked but not generated. */
  public HandlerEmitter emitter() {
    return emitter;
  }

  /** Returns the kind whose model {@code model} is. */
  public static HandlerKind of(HandlerModel model) {
    for (HandlerKind k : values()) {
      if (k.modelClass.isInstance(model)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no kind for " + model);
  }
}
