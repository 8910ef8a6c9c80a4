package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Verifies how the processor fits into builds: registered for {@code ServiceLoader} discovery by
 * javac, declared isolating to Gradle, and working on interfaces another processor generates in a
 * later round, without claiming annotations from other processors.
 */
class ProcessorEnvironmentTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = LogwrightProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  @Test
  void isRegisteredForJavacAndDeclaredIsolatingToGradle() throws IOException {
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").lines().toList())
        .containsExactly(LogwrightProcessor.class.getName(), MessageLoggerProcessor.class.getName());
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").lines().toList())
        .containsExactly(LogwrightProcessor.class.getName() + ",isolating",
            MessageLoggerProcessor.class.getName() + ",isolating");
  }

  /** A processor that writes an annotated configuration interface in its first round. */
  static final class InterfaceWriter extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer w = processingEnv.getFiler().createSourceFile("gen.Written").openWriter()) {
        w.write("package gen;\n"
            + "@dev.logwright.annotations.LoggingConfig(root = @dev.logwright.annotations.RootLogger(handlers = \"h\"))\n"
            + "public interface Written { @dev.logwright.annotations.ToNull dev.logwright.Handler h(); }\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  @Test
  void generatesPipelinesForInterfacesOtherProcessorsGenerate() {
    Compilation compilation = javac()
        .withProcessors(new InterfaceWriter(), new LogwrightProcessor())
        .compile(JavaFileObjects.forSourceString("user.Uses",
            "package user; class Uses { Object o = gen.WrittenPipeline.class; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("gen.WrittenPipeline");
  }
}
