package dev.logwright.benchmarks;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verifies that every framework, configured as the benchmarks configure it, writes the agreed
 * line to its rotating file and nothing to the console: each start-up program runs in its own
 * JVM (the frameworks configure themselves once per JVM), on this test's class path.
 */
class StartupProgramsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"Logwright", "LogwrightTyped", "Log4j2", "Logback", "Tinylog", "Jul"})
  void writesOneAgreedLineToOneFileAndNothingElse(String framework) throws Exception {
    String output = run(framework + "Main");

    assertThat(output).isEmpty();
    assertThat(LineCheck.verify(dir)).isEqualTo(1);
    try (Stream<Path> files = Files.list(dir)) {
      Path log = files.filter(p -> !p.toString().endsWith(".lck")).findFirst().orElseThrow();
      assertThat(Files.readAllLines(log, UTF_8)).hasSize(1);
    }
  }

  /**
   * Verifies that the generated pipeline's start-up loads none of the run-time format parser
   * (its formatter was compiled at build time) nor Python's {@code str()} of objects (a typed
   * logger's message is text already): every class loaded costs start-up time.
   */
  @Test
  void generatedPipelineStartsWithoutTheFormatParser() throws Exception {
    String output = run("LogwrightTypedMain", "-Xlog:class+load=info");
    assertThat(output).contains("TypedFileLoggingPipeline$FileFormat");
    assertThat(output).doesNotContain("dev.logwright.FormatStyle");
    assertThat(output).doesNotContain("dev.logwright.PercentStyle");
    assertThat(output).doesNotContain("dev.logwright.internal.PyRepr");
  }

  /**
   * Verifies that Logwright's start-up loads nothing its first line does without. No lambda: the
   * JVM's first one spins up its method-handle machinery, several milliseconds. No channel: the
   * file is opened and written through java.io, which spares the channel classes (outside the
   * JDK's class-data archive) and the native libraries their first use loads. And a program with
   * no filters, no contended lock and no {@code %(process)d} needs neither {@code Filter}, {@code
   * SpinWait} nor the process-id lookup. Each class from a jar costs about a quarter of a
   * millisecond of a start-up that is measured.
   */
  @ParameterizedTest
  @ValueSource(strings = {"LogwrightMain", "LogwrightTypedMain"})
  void logwrightLoadsOnlyWhatItsFirstLineNeeds(String program) throws Exception {
    String output = run(program, "-Xlog:class+load=info");
    assertThat(output).contains("dev.logwright.handlers.RotatingFileHandler ");
    assertThat(output).doesNotContain("LambdaMetafactory");
    assertThat(output).doesNotContain("$$Lambda");
    assertThat(output).doesNotContain("java.nio.channels.");
    assertThat(output).doesNotContain("sun.nio.ch.FileChannelImpl ");
    assertThat(output).doesNotContain("sun.nio.ch.IOUtil ");
    assertThat(output).doesNotContain("dev.logwright.Filter ");
    assertThat(output).doesNotContain("dev.logwright.internal.SpinWait ");
    assertThat(output).doesNotContain("dev.logwright.internal.ProcessInfo ");
    assertThat(output).doesNotContain("dev.logwright.ThreadSlot$");
  }

  @Test
  void emptyMainWritesNothing() throws Exception {
    assertThat(run("EmptyMain")).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(0);
    }
  }

  private String run(String program, String... jvmOptions) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "dev.logwright.benchmarks.startup." + program, dir.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError(program + " did not exit within 60 s");
      }
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      assertThat(process.exitValue()).isEqualTo(0);
      return output;
    } finally {
      process.destroyForcibly();
    }
  }
}
