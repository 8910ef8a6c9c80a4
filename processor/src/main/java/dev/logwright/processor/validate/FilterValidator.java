package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks {@code @Filtered} classes: concrete classes implementing {@code dev.logwright.Filter}
 * with a no-argument constructor the generated pipeline (in the interface's package) can call.
 */
public final class FilterValidator {
  private static final String FILTER = "dev.logwright.Filter";

  private FilterValidator() {}

  /** Returns the filters' canonical names, or empty after reporting what is wrong. */
  public static Optional<List<String>> validate(Attributes attrs, ValidationContext ctx) {
    List<String> names = new ArrayList<>();
    List<TypeMirror> types = attrs.types("value");
    boolean ok = true;
    for (int i = 0; i < types.size(); i++) {
      Origin origin = attrs.origin("value", i);
      TypeElement type = (TypeElement) ((DeclaredType) types.get(i)).asElement();
      ok &= check(type, origin, ctx);
      names.add(type.getQualifiedName().toString());
    }
    return ok ? Optional.of(names) : Optional.empty();
  }

  private static boolean check(TypeElement type, Origin origin, ValidationContext ctx) {
    String name = type.getQualifiedName().toString();
    TypeElement filter = ctx.elements().getTypeElement(FILTER);
    if (filter != null && !ctx.types().isAssignable(type.asType(), ctx.types().erasure(filter.asType()))) {
      ctx.report(Problem.FILTER_NOT_A_FILTER, origin, name);
      return false;
    }
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      ctx.report(Problem.FILTER_ABSTRACT, origin, name);
      return false;
    }
    boolean inner = type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
    if (inner || !hasAccessibleNoArgConstructor(type, ctx)) {
      ctx.report(Problem.FILTER_NO_CONSTRUCTOR, origin, name, type.getSimpleName());
      return false;
    }
    return true;
  }

  private static boolean hasAccessibleNoArgConstructor(TypeElement type, ValidationContext ctx) {
    if (!isAccessible(type, ctx)) {
      return false;
    }
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().isEmpty() && isAccessible(c, ctx)) {
        return true;
      }
    }
    return false;
  }

  /** Public, or package-private in the interface's own package. */
  private static boolean isAccessible(Element e, ValidationContext ctx) {
    if (e.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    if (e.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    return ctx.elements().getPackageOf(e).equals(ctx.elements().getPackageOf(ctx.type()));
  }
}
