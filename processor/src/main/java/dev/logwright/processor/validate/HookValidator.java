package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerModel.Hook;
import dev.logwright.processor.model.Origin;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks {@code @NamedBy} and {@code @RotatedBy}: the named method is a default or static method
 * of the interface with the hook's signature.
 */
public final class HookValidator {
  private HookValidator() {}

  /** Validates a {@code @NamedBy}: {@code String name(String defaultName)}. */
  public static Optional<Hook> namer(Attributes attrs, ValidationContext ctx) {
    return find(attrs, ctx, "NamedBy", "String %s(String defaultName)", List.of("java.lang.String"), "java.lang.String");
  }

  /** Validates a {@code @RotatedBy}: {@code void rotate(String source, String dest)}. */
  public static Optional<Hook> rotator(Attributes attrs, ValidationContext ctx) {
    return find(attrs, ctx, "RotatedBy", "void %s(String source, String dest)",
        List.of("java.lang.String", "java.lang.String"), "void");
  }

  private static Optional<Hook> find(
      Attributes attrs, ValidationContext ctx, String annotation, String signature,
      List<String> params, String returns) {
    String name = attrs.string("value");
    Origin origin = attrs.origin("value");
    String wanted = String.format(signature, name.isEmpty() ? "hook" : name);
    for (ExecutableElement m : ElementFilter.methodsIn(ctx.type().getEnclosedElements())) {
      boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
      if (!m.getSimpleName().contentEquals(name) || !(isStatic || m.isDefault())) {
        continue;
      }
      List<String> actual = m.getParameters().stream().map(p -> typeName(p.asType())).collect(Collectors.toList());
      if (!actual.equals(params) || !typeName(m.getReturnType()).equals(returns)) {
        ctx.report(Problem.HOOK_SIGNATURE, origin, annotation, name, wanted, name, describe(m));
        return Optional.empty();
      }
      return Optional.of(new Hook(name, isStatic));
    }
    ctx.report(Problem.HOOK_METHOD_MISSING, origin, annotation, name, ctx.type().getSimpleName(),
        "default " + wanted + " { … }");
    return Optional.empty();
  }

  private static String typeName(TypeMirror t) {
    return t.getKind() == TypeKind.VOID ? "void" : t.toString();
  }

  private static String describe(ExecutableElement m) {
    String params = m.getParameters().stream()
        .map(VariableElement::asType).map(HookValidator::typeName).collect(Collectors.joining(", "));
    return typeName(m.getReturnType()) + " " + m.getSimpleName() + "(" + params + ")";
  }
}
