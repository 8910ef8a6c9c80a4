package dev.logwright.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel.Hook;
import dev.logwright.processor.model.Text;
import java.nio.charset.StandardCharsets;

/** What handler emitters share: the interface's name and how to write values. */
public final class EmitContext {
  private final ClassName configInterface;

  public EmitContext(ClassName configInterface) {
    this.configInterface = configInterface;
  }

  /** A string expression: a literal, or a start-up resolution when it has placeholders. */
  public CodeBlock text(Text text) {
    return text.hasPlaceholders()
        ? CodeBlock.of("$T.resolve($S)", RuntimeNames.PLACEHOLDERS, text.raw())
        : CodeBlock.of("$S", text.raw());
  }

  /** A port: its number, or a start-up resolution parsed as a number. */
  public CodeBlock port(Text port) {
    return port.hasPlaceholders()
        ? CodeBlock.of("$T.parseInt($T.resolve($S))", Integer.class, RuntimeNames.PLACEHOLDERS, port.raw())
        : CodeBlock.of("$L", port.raw());
  }

  /** A {@code Charset} expression for an encoding name; {@code null} (UTF-8) when empty. */
  public CodeBlock charset(String name) {
    if (name.isEmpty()) {
      return CodeBlock.of("null");
    }
    if (name.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
      return CodeBlock.of("$T.UTF_8", StandardCharsets.class);
    }
    return CodeBlock.of("$T.forName($S)", java.nio.charset.Charset.class, name);
  }

  /** A method reference to a namer or rotator hook: {@code this::name} or {@code Config::name}. */
  public CodeBlock hook(Hook hook) {
    return hook.isStatic()
        ? CodeBlock.of("$T::$N", configInterface, hook.method())
        : CodeBlock.of("this::$N", hook.method());
  }

  /**
   * The statement {@code Type handler = new Type(args…)}, its arguments wrapped as a person would
   * wrap them when the line grows long.
   */
  public static CodeBlock newHandler(ClassName type, CodeBlock... args) {
    return CodeBlock.builder()
        .addStatement("$T handler = new $T($L)", type, type, CodeBlock.join(java.util.List.of(args), ",$W"))
        .build();
  }

  /** A literal argument: strings quoted, other values as written. */
  public static CodeBlock literal(Object value) {
    return value instanceof String ? CodeBlock.of("$S", value) : CodeBlock.of("$L", value);
  }

  /** The field holding the handler of handler method {@code method}. */
  public CodeBlock field(String method) {
    return CodeBlock.of("this.$N", method);
  }
}
