package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Verifies the generated source of representative configurations against readable goldens in
 * {@code src/test/resources/expected/}. With the environment variable {@code GOLDEN_FILE_ROOT} set
 * to the module's {@code src/test/resources}, a differing or missing golden is rewritten instead.
 */
class GoldenTest {
  /** A configuration in {@code good/}: its file, its type, and the pipeline it generates. */
  record Golden(String file, String type, String pipeline) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Golden> goldens() {
    return List.of(
        new Golden("AppLogging", "app.AppLogging", "app.AppLoggingPipeline"),
        new Golden("FileLogging", "files.FileLogging", "files.FileLoggingPipeline"),
        new Golden("NetworkLogging", "net.NetworkLogging", "net.NetworkLoggingPipeline"),
        new Golden("Outer", "nested.Outer", "nested.Outer_InnerPipeline"),
        new Golden("DefaultPackage", "DefaultPackage", "DefaultPackagePipeline"),
        new Golden("Styles", "styles.Styles", "styles.StylesPipeline"));
  }

  private static String read(String resource) throws IOException {
    try (var in = GoldenTest.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String generate(Golden g) throws IOException {
    JavaFileObject source = JavaFileObjects.forSourceString(g.type(), read("/good/" + g.file() + ".java"));
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject generated = compilation.generatedSourceFile(g.pipeline())
        .orElseThrow(() -> new AssertionError(g.pipeline() + " was not generated"));
    return generated.getCharContent(true).toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void generatedSourceMatchesGolden(Golden g) throws IOException {
    String actual = generate(g);
    String name = g.pipeline().substring(g.pipeline().lastIndexOf('.') + 1) + ".java";
    String expected = read("/expected/" + name);
    String root = System.getenv("GOLDEN_FILE_ROOT");
    if (root != null && !actual.equals(expected)) {
      Path file = Paths.get(root, "expected", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual);
      return;
    }
    assertWithMessage("golden src/test/resources/expected/%s is missing; run with GOLDEN_FILE_ROOT="
        + "<module>/src/test/resources to create it", name).that(expected).isNotNull();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void outputIsTheSameEveryTime() throws IOException {
    for (Golden g : goldens()) {
      assertWithMessage(g.file()).that(generate(g)).isEqualTo(generate(g));
    }
  }

  @Test
  void everyGoodConfigurationHasAGolden() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("src/test/resources/good"))) {
      assertThat(files.map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList())
          .containsExactlyElementsIn(goldens().stream().map(Golden::file).sorted().toList());
    }
  }
}
