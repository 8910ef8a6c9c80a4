package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.JavaFileObjects;
import dev.logwright.Filter;
import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.handlers.FileHandler;
import dev.logwright.handlers.MemoryHandler;
import dev.logwright.handlers.QueueHandler;
import dev.logwright.handlers.QueueListener;
import dev.logwright.handlers.RecordRingBuffer;
import dev.logwright.handlers.RotatingFileHandler;
import dev.logwright.handlers.StreamHandler;
import dev.logwright.handlers.TimedRotatingFileHandler;
import dev.logwright.handlers.WatchedFileHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles annotated interfaces, builds their generated pipelines, logs the same records through
 * them and through the same pipelines built by hand with the runtime API, and compares the files
 * (and bytes) each wrote.
 */
class ExecutionTest {
  @TempDir Path generatedDir;
  @TempDir Path handDir;
  @TempDir Path classesDir;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    System.clearProperty("LW_DIR");
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private static CompiledClasses compileResource(String name) throws IOException {
    String text = new String(
        ExecutionTest.class.getResourceAsStream("/execution/" + name + ".java").readAllBytes(),
        StandardCharsets.UTF_8);
    return CompiledClasses.compile(JavaFileObjects.forSourceString("exec." + name, text));
  }

  /** Creates the generated pipeline with {@code LW_DIR} pointing at the generated side's folder. */
  private AutoCloseable createGenerated(CompiledClasses classes, String pipeline, Manager manager) {
    System.setProperty("LW_DIR", generatedDir.toString());
    Object p = classes.createPipeline(pipeline);
    toClose.add((AutoCloseable) p);
    try {
      p.getClass().getMethod("install", Manager.class).invoke(p, manager);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return (AutoCloseable) p;
  }

  private static List<LogRecord> records() {
    List<LogRecord> records = new ArrayList<>();
    String[] loggers = {"app", "app.web", "app.db", "app.db.pool", "other"};
    int[] levels = {Level.DEBUG, Level.INFO, Level.WARNING, Level.ERROR, Level.CRITICAL};
    for (int i = 0; i < 40; i++) {
      String msg = i % 7 == 3 ? "the secret is %d" : "event %d with ünïcödé";
      LogRecord r = new LogRecord(loggers[i % loggers.length], levels[(i / 2) % levels.length],
          "/src/app/Main.java", 100 + i, msg, new Object[] {i}, null, "run", null);
      records.add(r);
    }
    records.add(new LogRecord("app", Level.ERROR, "/src/app/Main.java", 7, "failed", null,
        new IllegalStateException("boom"), "run", null));
    return records;
  }

  /** Logs each record as a logger call would: level check, then handle, on a copy per side. */
  private static void logAll(List<LogRecord> records, Manager... managers) {
    for (LogRecord r : records) {
      for (Manager m : managers) {
        Logger logger = m.getLogger(r.getName());
        if (logger.isEnabledFor(r.getLevelno())) {
          logger.handle(r.copy());
        }
      }
    }
  }

  private static TreeMap<String, String> contents(Path dir) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : (Iterable<Path>) list::iterator) {
        files.put(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void fileHandlersWriteWhatTheHandBuiltPipelineWrites() throws Exception {
    CompiledClasses classes = compileResource("FileLogging");
    Manager generated = new Manager();
    AutoCloseable pipeline = createGenerated(classes, "exec.FileLoggingPipeline", generated);

    Manager hand = new Manager();
    List<Handler> handlers = buildFileLoggingByHand(hand, classes);
    logAll(records(), generated, hand);
    pipeline.close();
    handlers.forEach(Handler::close);

    TreeMap<String, String> expected = contents(handDir);
    assertThat(expected.keySet()).containsAtLeast("plain.log", "rolling.log", "rolling.log.1.bak", "db.log", "timed.log");
    assertThat(contents(generatedDir)).isEqualTo(expected);
    classes.assertReflectionFree(classesDir);
  }

  /**
   * Verifies that {@code @Buffered} turns buffering on with its size and delay, and that the
   * buffered rotating file then holds exactly what the hand-built buffered handler wrote, across
   * rollovers, once both are closed.
   */
  @Test
  void bufferedRotatingFileWritesWhatTheHandBuiltBufferedHandlerWrites() throws Exception {
    CompiledClasses classes = compileResource("BufferedLogging");
    Manager generated = new Manager();
    AutoCloseable pipeline = createGenerated(classes, "exec.BufferedLoggingPipeline", generated);
    RotatingFileHandler generatedHandler =
        (RotatingFileHandler) pipeline.getClass().getMethod("rolling").invoke(pipeline);
    assertThat(generatedHandler.getBufferSize()).isEqualTo(256);
    assertThat(generatedHandler.getMaxDelayMillis()).isEqualTo(60000);

    Manager hand = new Manager();
    RotatingFileHandler rolling = new RotatingFileHandler(handDir + "/rolling.log", "a", 700, 3, null, false);
    rolling.setFormatter(new Formatter("%(levelname)s|%(name)s|%(lineno)d|%(message)s"));
    rolling.setBuffering(256, 60000);
    hand.getRoot().setLevel(Level.DEBUG);
    hand.getRoot().addHandler(rolling);
    logAll(records(), generated, hand);
    pipeline.close();
    rolling.close();

    TreeMap<String, String> expected = contents(handDir);
    assertThat(expected.keySet()).containsAtLeast("rolling.log", "rolling.log.1", "rolling.log.2", "rolling.log.3");
    assertThat(contents(generatedDir)).isEqualTo(expected);
    classes.assertReflectionFree(classesDir);
  }

  private List<Handler> buildFileLoggingByHand(Manager m, CompiledClasses classes) throws Exception {
    FileHandler plain = new FileHandler(handDir + "/plain.log", "w", null, false);
    plain.setFormatter(new Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s"));
    plain.addFilter((Filter) classes.load("exec.FileLogging$NoSecrets").getConstructor().newInstance());
    RotatingFileHandler rolling = new RotatingFileHandler(handDir + "/rolling.log", "a", 120, 2, null, false);
    rolling.setFormatter(new Formatter("%(levelname)s|%(name)s|%(message)s"));
    rolling.setLevel(Level.WARNING);
    rolling.setNamer(name -> name + ".bak");
    WatchedFileHandler db = new WatchedFileHandler(handDir + "/db.log", "a", null, false);
    db.setFormatter(new Formatter("%(name)s %(levelno)03d %(lineno)-5d|%(message)s"));
    TimedRotatingFileHandler timed = new TimedRotatingFileHandler(handDir + "/timed.log", "MIDNIGHT", 1, 3,
        null, false, false, null);
    m.getRoot().setLevel(Level.INFO);
    m.getRoot().addHandler(plain);
    m.getRoot().addHandler(rolling);
    Logger dbLogger = m.getLogger("app.db");
    dbLogger.setLevel(Level.DEBUG);
    dbLogger.setPropagate(false);
    dbLogger.addHandler(db);
    dbLogger.addHandler(timed);
    return List.of(timed, db, rolling, plain);
  }

  @Test
  void queueMemoryAndStreamHandlersDeliverWhatTheHandBuiltPipelineDelivers() throws Exception {
    CompiledClasses classes = compileResource("QueueLogging");
    PrintStream stdout = System.out;
    ByteArrayOutputStream generatedOut = new ByteArrayOutputStream();
    Manager generated = new Manager();
    AutoCloseable pipeline;
    System.setOut(new PrintStream(generatedOut, true, StandardCharsets.UTF_8));
    try {
      pipeline = createGenerated(classes, "exec.QueueLoggingPipeline", generated);
    } finally {
      System.setOut(stdout);
    }
    ByteArrayOutputStream handOut = new ByteArrayOutputStream();
    Manager hand = new Manager();
    List<AutoCloseable> handBuilt = buildQueueLoggingByHand(hand, handOut);
    QueueHandler generatedRing = (QueueHandler) pipeline.getClass().getMethod("ringed").invoke(pipeline);
    assertThat(generatedRing.getRingBuffer().whenFull()).isEqualTo(RecordRingBuffer.WhenFull.WAIT);

    logAll(records(), generated, hand);
    pipeline.close();
    for (AutoCloseable c : handBuilt) {
      c.close();
    }

    TreeMap<String, String> expected = contents(handDir);
    assertThat(expected.keySet()).containsExactly("queued.log", "ringed.log", "buffered.log");
    assertWithMessage("caller info through the ring").that(expected.get("ringed.log")).doesNotContain("(unknown function)");
    assertWithMessage("queued lines").that(expected.get("queued.log").lines().count()).isGreaterThan(30L);
    assertThat(contents(generatedDir)).isEqualTo(expected);
    assertThat(generatedOut.toString(StandardCharsets.UTF_8)).isEqualTo(handOut.toString(StandardCharsets.UTF_8));
    assertThat(handOut.toString(StandardCharsets.UTF_8)).contains("\r\n");
    classes.assertReflectionFree(classesDir);
  }

  private List<AutoCloseable> buildQueueLoggingByHand(Manager m, ByteArrayOutputStream out) {
    FileHandler file = new FileHandler(handDir + "/queued.log", "a", null, false);
    file.setFormatter(new Formatter("%(levelname)s %(name)s %(message)s"));
    LinkedBlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    QueueHandler background = new QueueHandler(queue);
    QueueListener listener = new QueueListener(queue, List.of(file), false);
    listener.start();
    FileHandler ringFile = new FileHandler(handDir + "/ringed.log", "a", null, false);
    ringFile.setFormatter(new Formatter("%(levelname)s %(funcName)s %(message)s"));
    RecordRingBuffer ring = new RecordRingBuffer(1024, RecordRingBuffer.WhenFull.WAIT);
    QueueHandler ringed = new QueueHandler(ring);
    QueueListener ringListener = new QueueListener(ring, List.of(ringFile), false);
    ringed.setListener(ringListener);
    ringListener.start();
    FileHandler sink = new FileHandler(handDir + "/buffered.log", "a", null, false);
    sink.setFormatter(new Formatter("%(levelname)s %(message)s"));
    MemoryHandler buffer = new MemoryHandler(3, Level.ERROR, sink, true);
    StreamHandler console = new StreamHandler(out, null);
    console.setTerminator("\r\n");
    console.setFormatter(new Formatter("%(levelname)s:%(name)s:%(message)s"));
    m.getRoot().setLevel(Level.DEBUG);
    m.getRoot().addHandler(background);
    m.getRoot().addHandler(ringed);
    m.getRoot().addHandler(buffer);
    m.getRoot().addHandler(console);
    return List.of(listener::stop, ringListener::stop, console, buffer, sink, ringed, ringFile, background, file);
  }

  @Test
  void closeDetachesHandlersOnceAndLoggerMethodsReturnTheInstalledHierarchy() throws Exception {
    CompiledClasses classes = compileResource("FileLogging");
    Manager manager = new Manager();
    AutoCloseable pipeline = createGenerated(classes, "exec.FileLoggingPipeline", manager);
    Handler plain = (Handler) CompiledClasses.call(pipeline, "plain");
    assertThat(CompiledClasses.call(pipeline, "dbLogger")).isSameInstanceAs(manager.getLogger("app.db"));
    assertThat(manager.getRoot().getHandlers()).contains(plain);
    assertThat(plain.getName()).isEqualTo("plain");

    pipeline.close();
    pipeline.close();

    assertThat(manager.getRoot().getHandlers()).isEmpty();
    assertThat(manager.getLogger("app.db").getHandlers()).isEmpty();
    assertThat(plain.isClosed()).isTrue();
  }

  @Test
  void aMissingPlaceholderFailsAtStartUpNamingIt() throws Exception {
    CompiledClasses classes = compileResource("QueueLogging");
    Class<?> type = classes.load("exec.QueueLoggingPipeline");
    var error = org.junit.jupiter.api.Assertions.assertThrows(
        java.lang.reflect.InvocationTargetException.class, () -> type.getMethod("create").invoke(null));
    assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(error.getCause()).hasMessageThat().contains("placeholder ${LW_DIR} has no value");
  }
}
