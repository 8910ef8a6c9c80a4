package dev.logwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.logwright.testing.BytecodeScan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The classes of a successful in-memory compilation, loadable in a test class loader (tests may
 * use reflection to reach them; the generated code itself may not).
 */
final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  private CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String path = f.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Compiles {@code sources} with the processor, asserting success without warnings. */
  static CompiledClasses compile(JavaFileObject... sources) {
    Compilation compilation = Compilations.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** Returns the loaded class {@code name}. */
  Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " was not compiled; compiled: " + classes.keySet(), e);
    }
  }

  /** Calls the static {@code create()} of pipeline class {@code name}. */
  Object createPipeline(String name) {
    try {
      return load(name).getMethod("create").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls the public no-argument method {@code method} of {@code target}. */
  static Object call(Object target, String method) {
    try {
      var m = target.getClass().getMethod(method);
      m.setAccessible(true);
      return m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Asserts that the generated classes use no reflection, {@code ServiceLoader} or proxies. */
  void assertReflectionFree(Path dir) throws IOException {
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      if (c.getKey().endsWith("Pipeline") || c.getKey().contains("Pipeline$") || c.getKey().endsWith("Impl")) {
        Files.write(dir.resolve(c.getKey() + ".class"), c.getValue());
      }
    }
    assertWithMessage("generated classes").that(Files.list(dir).count()).isGreaterThan(0L);
    assertWithMessage("forbidden references").that(BytecodeScan.forbiddenReferences(dir)).isEmpty();
  }
}
