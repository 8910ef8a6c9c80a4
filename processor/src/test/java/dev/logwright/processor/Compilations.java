package dev.logwright.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processors. */
final class Compilations {
  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new LogwrightProcessor(), new MessageLoggerProcessor()).compile(sources);
  }

  /** A source {@code test.Config} made of the imports every case needs and {@code body}. */
  static JavaFileObject config(String body) {
    return JavaFileObjects.forSourceString("test.Config", String.join("\n",
        "package test;",
        "",
        "import dev.logwright.Handler;",
        "import dev.logwright.Logger;",
        "import dev.logwright.annotations.*;",
        "",
        body));
  }
}
