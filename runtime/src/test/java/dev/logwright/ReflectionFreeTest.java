package dev.logwright;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.logwright.testing.BytecodeScan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies that the runtime's bytecode uses no reflection, as Android and native images require. */
class ReflectionFreeTest {
  @Test
  void runtimeClassesReferToNoReflection() throws IOException {
    Path classes = Paths.get("target", "classes");
    assertThat(Files.isDirectory(classes.resolve("dev/logwright"))).isTrue();
    List<String> found = BytecodeScan.forbiddenReferences(classes);
    assertWithMessage("reflection in runtime classes").that(found).isEmpty();
  }

  @Test
  void scannerFindsReflectionInAClassThatUsesIt() throws IOException {
    // This test class itself is free of reflection; UsesReflection below is not.
    try (InputStream in = classFile(UsesReflection.class)) {
      assertThat(BytecodeScan.forbiddenReferences(in))
          .containsAtLeast("Class.forName", "Class.getMethod", "type java/lang/reflect/Method");
    }
    try (InputStream in = classFile(ReflectionFreeTest.class)) {
      assertThat(BytecodeScan.forbiddenReferences(in)).isEmpty();
    }
  }

  private static InputStream classFile(Class<?> type) throws IOException {
    Path file = Paths.get("target", "test-classes", type.getName().replace('.', '/') + ".class");
    return new ByteArrayInputStream(Files.readAllBytes(file));
  }

  /** A deliberate offender, to prove the scan sees what it must forbid. */
  static final class UsesReflection {
    static Object method() throws Exception {
      java.lang.reflect.Method m = Class.forName("java.lang.String").getMethod("length");
      return m;
    }
  }
}
