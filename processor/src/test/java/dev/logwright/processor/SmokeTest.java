package dev.logwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() throws Exception {
    Compilation c = Compilations.compile(Compilations.config(String.join("\n",
        "@LoggingConfig(root = @RootLogger(level = \"INFO\", handlers = {\"console\"}))",
        "public interface Config extends AutoCloseable {",
        "  @ToStream(target = \"stdout\") @LogFormat(\"%(levelname)-8s:%(name)s:%(msecs)03d %(message)s\") @Threshold(\"DEBUG\")",
        "  Handler console();",
        "  @LoggerConfig(name = \"app.db\", level = \"WARNING\", handlers = \"console\", propagate = false)",
        "  Logger db();",
        "}")));
    c.diagnostics().forEach(System.out::println);
    c.generatedSourceFiles().forEach(f -> { try { System.out.println(f.getCharContent(true)); } catch (Exception e) { throw new RuntimeException(e); } });
    assertThat(c).succeeded();
  }
}
