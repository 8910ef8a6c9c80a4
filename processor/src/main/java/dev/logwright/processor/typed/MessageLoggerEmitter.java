package dev.logwright.processor.typed;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.logwright.processor.emit.RuntimeNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Interface>Impl}: a final class holding one {@code Logger}, the factories {@code
 * create()}, {@code create(Manager)} and {@code create(Logger)}, and one method per {@code @Log}
 * method that tests the level first, renders the message into the thread's reusable buffer with
 * one {@code TypedMessages.append} per placeholder (primitives stay primitive), and logs it with
 * {@code stacklevel} 2 so that the caller information is the typed method's caller.
 */
public final class MessageLoggerEmitter {
  static final String PROCESSOR = "dev.logwright.processor.MessageLoggerProcessor";
  static final ClassName TYPED_MESSAGES = ClassName.get("dev.logwright", "TypedMessages");

  private final MessageLoggerModel model;
  private final ClassName impl;
  private final ClassName iface;
  private final boolean generatedAvailable;

  /** {@code generatedAvailable}: whether {@code javax.annotation.processing.Generated} resolves. */
  public MessageLoggerEmitter(MessageLoggerModel model, boolean generatedAvailable) {
    this.model = model;
    this.impl = ClassName.get(model.packageName(), model.implName());
    List<String> names = model.interfaceNames();
    this.iface = ClassName.get(model.packageName(), names.get(0),
        names.subList(1, names.size()).toArray(new String[0]));
    this.generatedAvailable = generatedAvailable;
  }

  /** Returns the source file. */
  public JavaFile emit() {
    TypeSpec.Builder type = TypeSpec.classBuilder(impl)
        .addOriginatingElement(model.origin().element())
        .addJavadoc("The typed logger {@link $T}, logging to the logger $S.\n", iface, model.loggerName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(iface);
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", PROCESSOR)
          .build());
    }
    type.addField(RuntimeNames.LOGGER, "logger", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeNames.LOGGER, "logger")
        .addStatement("this.logger = logger")
        .build());
    addFactories(type);
    for (MessageLoggerModel.Method m : model.methods()) {
      type.addMethod(method(m));
    }
    return JavaFile.builder(model.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private void addFactories(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc("Returns an implementation of {@link $T} logging to the logger $S of the global\nhierarchy.\n",
            iface, model.loggerName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(iface)
        .addStatement("return new $T($T.getLogger($S))", impl, RuntimeNames.LOGGER, model.loggerName())
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc("Returns an implementation of {@link $T} logging to the logger $S of {@code\nmanager}'s hierarchy, e.g. the one a generated pipeline is installed in.\n", iface, model.loggerName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(iface)
        .addParameter(RuntimeNames.MANAGER, "manager")
        .addStatement("return new $T(manager.getLogger($S))", impl, model.loggerName())
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc("Returns an implementation of {@link $T} logging to {@code logger}, whatever its name.\n", iface)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(iface)
        .addParameter(RuntimeNames.LOGGER, "logger")
        .beginControlFlow("if (logger == null)")
        .addStatement("throw new $T($S)", NullPointerException.class, "logger == null")
        .endControlFlow()
        .addStatement("return new $T(logger)", impl)
        .build());
  }

  private MethodSpec method(MessageLoggerModel.Method m) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(m.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC);
    Set<String> taken = new HashSet<>();
    for (MessageLoggerModel.Parameter p : m.parameters()) {
      b.addParameter(ParameterSpec.builder(p.type(), p.name()).build());
      taken.add(p.name());
    }
    CodeBlock level = level(m.level());
    String exc = m.hasException() ? m.parameters().get(m.parameters().size() - 1).name() : "null";
    b.beginControlFlow("if (!this.logger.isEnabledFor($L))", level)
        .addStatement("return")
        .endControlFlow();
    if (m.arguments() == 0) {
      return b.addStatement("this.logger.logMessage($L, $S, $L, 2)", level, m.message(), exc).build();
    }
    String lent = fresh("buffer", taken);
    String buf = fresh("message", taken);
    String err = fresh("error", taken);
    b.addStatement("$T $L = $T.acquire()", TYPED_MESSAGES.nestedClass("Buffer"), lent, TYPED_MESSAGES);
    b.addStatement("$T $L = $L.text()", StringBuilder.class, buf, lent);
    addRender(b, m, buf);
    b.nextControlFlow("catch ($T $L)", RuntimeException.class, err)
        .addComment("Python's error for this format and these arguments: let the handlers report it,")
        .addComment("as they do for a plain call with the same format and arguments.")
        .addStatement("$L.release()", lent)
        .addStatement("this.logger.log($L, $S, new Object[] {$L}, $L, false, 2, null)",
            level, m.message(), arguments(m), exc)
        .addStatement("return")
        .endControlFlow();
    return b.beginControlFlow("try")
        .addStatement("this.logger.logMessage($L, $L, $L, 2)", level, lent, exc)
        .nextControlFlow("finally")
        .addStatement("$L.release()", lent)
        .endControlFlow()
        .build();
  }

  /** Opens a {@code try} that appends each literal and placeholder of the message to {@code buf}. */
  private static void addRender(MethodSpec.Builder b, MessageLoggerModel.Method m, String buf) {
    b.beginControlFlow("try");
    int k = 0;
    for (MessageFormat.Part part : m.parts()) {
      if (part.isPlaceholder()) {
        MessageLoggerModel.Parameter p = m.parameters().get(k++);
        if (isPlain(part, p.type())) {
          b.addStatement("$L.append($L)", buf, p.name());
        } else if (isPlainString(part, p.type())) {
          b.addStatement("$L.append($L == null ? \"None\" : $L)", buf, p.name(), p.name());
        } else {
          b.addStatement("$T.append($L, $L, $L, $L, $L, '$L')", TYPED_MESSAGES, buf, p.name(),
              part.flags(), part.width(), part.precision(), part.conversion());
        }
      } else {
        b.addStatement("$L.append($S)", buf, part.text());
      }
    }
  }

  /**
   * Whether the placeholder, with no flag, width or precision, converts a Java integer to the
   * decimal text {@code StringBuilder.append} gives: Python's {@code %d}, {@code %i}, {@code %u}
   * and {@code %s} of an {@code int}.
   */
  private static boolean isPlain(MessageFormat.Part part, TypeName type) {
    boolean integer = type.equals(TypeName.LONG) || type.equals(TypeName.INT)
        || type.equals(TypeName.SHORT) || type.equals(TypeName.BYTE);
    return integer && isBare(part) && "dius".indexOf(part.conversion()) >= 0;
  }

  /** Whether the placeholder is a bare {@code %s} of a {@code String}: its text, or {@code None}. */
  private static boolean isPlainString(MessageFormat.Part part, TypeName type) {
    return type.equals(ClassName.get(String.class)) && isBare(part) && part.conversion() == 's';
  }

  private static boolean isBare(MessageFormat.Part part) {
    return part.flags() == 0 && part.width() < 0 && part.precision() < 0;
  }

  /** {@code Level.INFO} for a predefined level, else the number. */
  private static CodeBlock level(int level) {
    String[] names = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"};
    if (level % 10 == 0 && level >= 10 && level <= 50) {
      return CodeBlock.of("$T.$L", RuntimeNames.LEVEL, names[level / 10 - 1]);
    }
    return CodeBlock.of("$L", level);
  }

  private static CodeBlock arguments(MessageLoggerModel.Method m) {
    CodeBlock.Builder c = CodeBlock.builder();
    for (int i = 0; i < m.arguments(); i++) {
      c.add(i == 0 ? "$L" : ", $L", m.parameters().get(i).name());
    }
    return c.build();
  }

  private static String fresh(String base, Set<String> taken) {
    String name = base;
    while (taken.contains(name)) {
      name = name + "_";
    }
    taken.add(name);
    return name;
  }
}
