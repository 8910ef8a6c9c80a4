package dev.logwright.processor.typed;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.validate.ValidationContext;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a {@code @Log} message against the method's arguments: it parses, it has one placeholder
 * per argument, and each placeholder can format its argument's type. Without arguments the message
 * is logged as it is (Python applies {@code %} only when there are arguments), so it must then
 * contain no placeholder at all.
 */
final class MessageChecker {
  private final ValidationContext ctx;
  private final ParameterTypes types;
  private final Origin origin;
  private final String method;

  MessageChecker(ValidationContext ctx, ParameterTypes types, Origin origin, String method) {
    this.ctx = ctx;
    this.types = types;
    this.origin = origin;
    this.method = method;
  }

  /** Returns the parsed message, or {@code null} after reporting its problems. */
  List<MessageFormat.Part> check(String message, List<String> names, List<? extends TypeMirror> arguments) {
    List<MessageFormat.Part> parts;
    try {
      parts = MessageFormat.parse(message);
    } catch (MessageFormat.BadMessage e) {
      if (arguments.isEmpty()) {
        return List.of(MessageFormat.Part.literal(message));
      }
      ctx.report(Problem.BAD_MESSAGE, origin, message, e.index(), e.getMessage());
      return null;
    }
    long placeholders = parts.stream().filter(MessageFormat.Part::isPlaceholder).count();
    if (placeholders != arguments.size()) {
      String note = arguments.isEmpty()
          ? " (without arguments the message is logged as it is, placeholders included)" : "";
      ctx.report(Problem.PLACEHOLDER_COUNT, origin, message, placeholders, method, arguments.size(), note);
      return null;
    }
    if (arguments.isEmpty()) {
      return List.of(MessageFormat.Part.literal(message));
    }
    boolean good = true;
    int k = 0;
    for (MessageFormat.Part p : parts) {
      if (p.isPlaceholder()) {
        TypeMirror type = arguments.get(k);
        if (!types.accepts(type, p.conversion())) {
          ctx.report(Problem.PLACEHOLDER_TYPE, origin, p.text(), p.index(), names.get(k), type,
              types.suggestion(type));
          good = false;
        }
        k++;
      }
    }
    return good ? parts : null;
  }
}
