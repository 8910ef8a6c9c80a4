package dev.logwright.processor.typed;

import com.palantir.javapoet.TypeName;
import dev.logwright.processor.model.Origin;
import java.util.List;

/**
 * A checked {@code @MessageLogger} interface: where the implementation goes, the logger name, and
 * one {@link Method} per abstract method.
 *
 * @param interfaceNames the interface's simple name, preceded by those of its enclosing types
 */
public record MessageLoggerModel(
    String packageName, List<String> interfaceNames, String loggerName, List<Method> methods, Origin origin) {

  /** The generated class: {@code OrderLogImpl}, {@code Outer_InnerImpl} for a nested interface. */
  public String implName() {
    return String.join("_", interfaceNames) + "Impl";
  }

  /**
   * One typed method.
   *
   * @param level the numeric level
   * @param message the message as written (logged as is when there are no arguments)
   * @param parameters every parameter, in order
   * @param arguments how many leading parameters are message arguments
   * @param hasException whether the last parameter is the record's exception
   * @param parts the parsed message, each placeholder matched with parameter {@code k} in order
   */
  public record Method(
      String name,
      int level,
      String message,
      List<Parameter> parameters,
      int arguments,
      boolean hasException,
      List<MessageFormat.Part> parts) {}

  /** A parameter: its name and its type as the generated method declares it. */
  public record Parameter(String name, TypeName type) {}
}
