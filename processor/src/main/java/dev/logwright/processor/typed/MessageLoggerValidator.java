package dev.logwright.processor.typed;

import com.palantir.javapoet.TypeName;
import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.validate.Attributes;
import dev.logwright.processor.validate.LevelValidator;
import dev.logwright.processor.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks one {@code @MessageLogger} interface and builds its {@link MessageLoggerModel}: the type,
 * the logger name (also against the names already taken, {@code taken}: name → interface), then
 * each abstract method's return type, parameters, level and message. Reports every problem it
 * finds; returns empty if there was any.
 */
public final class MessageLoggerValidator {
  static final String MESSAGE_LOGGER = "dev.logwright.annotations.MessageLogger";
  static final String LOG = "dev.logwright.annotations.Log";

  private final ValidationContext ctx;
  private final TypeElement type;
  private final Map<String, String> taken;
  private final ParameterTypes parameterTypes;
  private boolean ok = true;

  public MessageLoggerValidator(ValidationContext ctx, Map<String, String> taken) {
    this.ctx = ctx;
    this.type = ctx.type();
    this.taken = taken;
    this.parameterTypes = new ParameterTypes(ctx.types(), ctx.elements());
  }

  /** Returns the model, or empty after reporting the problems. */
  public Optional<MessageLoggerModel> validate() {
    Attributes attrs = ctx.attributes(type, MESSAGE_LOGGER).orElseThrow();
    if (!checkType()) {
      return Optional.empty();
    }
    String name = attrs.string("value");
    checkName(name, attrs.origin("value"));
    List<MessageLoggerModel.Method> methods = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(ctx.elements().getAllMembers(type))) {
      if (m.getModifiers().contains(Modifier.ABSTRACT)
          && m.getEnclosingElement().getKind() == ElementKind.INTERFACE && !isObjectMethod(m)) {
        method(m).ifPresent(methods::add);
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new MessageLoggerModel(packageName(), nestedNames(), name, List.copyOf(methods),
        Origin.of(type, attrs.mirror())));
  }

  private boolean checkType() {
    Origin origin = Origin.of(type);
    if (type.getKind() != ElementKind.INTERFACE) {
      String what = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      ctx.report(Problem.MESSAGE_LOGGER_NOT_AN_INTERFACE, origin, what, type.getSimpleName());
      return false;
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      ctx.report(Problem.MESSAGE_LOGGER_PRIVATE, origin, type.getSimpleName(),
          String.join("_", nestedNames()) + "Impl");
      return false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      ctx.report(Problem.MESSAGE_LOGGER_GENERIC, origin, type.getSimpleName());
      return false;
    }
    return true;
  }

  private void checkName(String name, Origin origin) {
    String why = LoggerNames.problem(name);
    if (why != null) {
      report(Problem.INVALID_LOGGER_NAME, origin, name, why);
      return;
    }
    String owner = type.getQualifiedName().toString();
    String previous = taken.putIfAbsent(name, owner);
    if (previous != null && !previous.equals(owner)) {
      report(Problem.DUPLICATE_MESSAGE_LOGGER, origin, name, previous);
    }
  }

  private Optional<MessageLoggerModel.Method> method(ExecutableElement m) {
    Optional<AnnotationMirror> log = ctx.mirror(m, LOG);
    String name = m.getSimpleName().toString();
    if (log.isEmpty()) {
      report(Problem.UNANNOTATED_MESSAGE_METHOD, Origin.of(m), name);
      return Optional.empty();
    }
    Attributes attrs = ctx.attributes(m, log.get());
    boolean good = checkSignature(m, name);
    OptionalInt level = LevelValidator.parse(attrs.string("level"), false, attrs.origin("level"), ctx);
    if (level.isEmpty()) {
      ok = false;
      good = false;
    }
    // As seen from this interface, so that a method inherited from Base<String> takes a String.
    ExecutableType asMember = (ExecutableType) ctx.types().asMemberOf((DeclaredType) type.asType(), m);
    List<? extends TypeMirror> types = asMember.getParameterTypes();
    List<String> names = new ArrayList<>();
    List<MessageLoggerModel.Parameter> params = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      names.add(m.getParameters().get(i).getSimpleName().toString());
      params.add(new MessageLoggerModel.Parameter(names.get(i), TypeName.get(types.get(i))));
    }
    boolean hasException = !types.isEmpty() && isThrowable(types.get(types.size() - 1));
    int arguments = params.size() - (hasException ? 1 : 0);
    String message = attrs.string("message");
    // With a Throwable among the arguments the count is off by one: its own error says enough.
    boolean misplaced = types.subList(0, arguments).stream().anyMatch(this::isThrowable);
    List<MessageFormat.Part> parts = misplaced ? null
        : new MessageChecker(ctx, parameterTypes, attrs.origin("message"), name)
            .check(message, names.subList(0, arguments), types.subList(0, arguments));
    if (parts == null) {
      ok = false;
      good = false;
    }
    if (!good) {
      return Optional.empty();
    }
    return Optional.of(new MessageLoggerModel.Method(name, level.getAsInt(), message, List.copyOf(params),
        arguments, hasException, parts));
  }

  private boolean checkSignature(ExecutableElement m, String name) {
    boolean good = true;
    if (m.getReturnType().getKind() != TypeKind.VOID) {
      report(Problem.MESSAGE_METHOD_RETURN, Origin.of(m), name, m.getReturnType());
      good = false;
    }
    if (!m.getTypeParameters().isEmpty()) {
      report(Problem.MESSAGE_METHOD_GENERIC, Origin.of(m), name);
      good = false;
    }
    if (name.equals("create")) {
      report(Problem.MESSAGE_METHOD_NAMED_CREATE, Origin.of(m), String.join("_", nestedNames()) + "Impl");
      good = false;
    }
    if (m.isVarArgs()) {
      report(Problem.MESSAGE_METHOD_VARARGS, Origin.of(m), name);
      good = false;
    }
    List<? extends VariableElement> ps = m.getParameters();
    for (int i = 0; i < ps.size() - 1; i++) {
      if (isThrowable(ps.get(i).asType())) {
        report(Problem.THROWABLE_NOT_LAST, Origin.of(ps.get(i)), ps.get(i).getSimpleName(), name);
        good = false;
      }
    }
    return good;
  }

  /** An interface's redeclaration of {@code toString()}, {@code equals} or {@code hashCode()}, which Object implements. */
  private boolean isObjectMethod(ExecutableElement m) {
    TypeElement object = ctx.elements().getTypeElement("java.lang.Object");
    for (ExecutableElement o : ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (o.getModifiers().contains(Modifier.PUBLIC) && ctx.elements().overrides(m, o, type)) {
        return true;
      }
    }
    return false;
  }

  private boolean isThrowable(TypeMirror t) {
    TypeElement throwable = ctx.elements().getTypeElement("java.lang.Throwable");
    return t.getKind() == TypeKind.DECLARED && ctx.types().isAssignable(t, throwable.asType());
  }

  private void report(Problem problem, Origin origin, Object... args) {
    ctx.report(problem, origin, args);
    ok = false;
  }

  private String packageName() {
    return ctx.elements().getPackageOf(type).getQualifiedName().toString();
  }

  private List<String> nestedNames() {
    List<String> names = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return names;
  }
}
