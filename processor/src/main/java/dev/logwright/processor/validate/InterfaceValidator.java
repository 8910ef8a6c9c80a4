package dev.logwright.processor.validate;

import dev.logwright.processor.HandlerKind;
import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.LoggerModel;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks one {@code @LoggingConfig} type and builds its {@link PipelineModel}: the type itself,
 * each abstract method (one handler or one logger), then the references between them. Reports
 * every problem it finds; returns empty if there was any.
 */
public final class InterfaceValidator {
  static final String LOGGING_CONFIG = "dev.logwright.annotations.LoggingConfig";
  static final String LOGGER_CONFIG = "dev.logwright.annotations.LoggerConfig";
  private static final List<String> HANDLER_ONLY = List.of(CommonValidator.THRESHOLD, CommonValidator.LOG_FORMAT,
      CommonValidator.FILTERED, CommonValidator.BUFFERED, RotatingFileValidator.NAMED_BY, RotatingFileValidator.ROTATED_BY);

  private final ValidationContext ctx;
  private final TypeElement type;
  private final AnnotationMirror config;
  private final Set<String> handlerMethods = new LinkedHashSet<>();
  private final List<HandlerModel> handlers = new ArrayList<>();
  private final List<LoggerModel> loggers = new ArrayList<>();
  private boolean ok = true;

  public InterfaceValidator(ValidationContext ctx) {
    this.ctx = ctx;
    this.type = ctx.type();
    this.config = ctx.mirror(type, LOGGING_CONFIG).orElseThrow();
  }

  /** Returns the pipeline's model, or empty after reporting every problem. */
  public Optional<PipelineModel> validate() {
    if (!checkType()) {
      return Optional.empty();
    }
    checkInherited();
    List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
    methods.stream().filter(this::isHandlerMethod).forEach(m -> handlerMethods.add(m.getSimpleName().toString()));
    for (ExecutableElement m : methods) {
      checkMethod(m);
    }
    LoggerModel root = root();
    List<HandlerModel> ordered = ok ? GraphValidator.order(handlers, ctx) : null;
    ok &= ordered != null && GraphValidator.checkFiles(handlers, ctx);
    if (!ok || root == null) {
      return Optional.empty();
    }
    if (!PipelineChecks.checkNames(type, handlers, ctx)) {
      return Optional.empty();
    }
    PipelineChecks.warnUnused(root, loggers, handlers, ctx);
    return Optional.of(new PipelineModel(packageName(), nestedNames(), List.copyOf(ordered), root,
        List.copyOf(loggers), Origin.of(type, config)));
  }

  private boolean checkType() {
    Origin origin = Origin.of(type);
    if (type.getKind() != ElementKind.INTERFACE) {
      String what = type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      ctx.report(Problem.NOT_AN_INTERFACE, origin, what, type.getSimpleName());
      return false;
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      ctx.report(Problem.PRIVATE_INTERFACE, origin, type.getSimpleName());
      return false;
    }
    if (!type.getTypeParameters().isEmpty()) {
      ctx.report(Problem.GENERIC_INTERFACE, origin, type.getSimpleName());
      return false;
    }
    return true;
  }

  /** Reports abstract methods inherited from other interfaces: the pipeline implements only its own. */
  private void checkInherited() {
    for (ExecutableElement m : ElementFilter.methodsIn(ctx.elements().getAllMembers(type))) {
      boolean isClose = m.getSimpleName().contentEquals("close") && m.getParameters().isEmpty();
      if (m.getModifiers().contains(Modifier.ABSTRACT) && !m.getEnclosingElement().equals(type) && !isClose) {
        report(Problem.INHERITED_METHOD, Origin.of(type), m.getSimpleName(),
            ((TypeElement) m.getEnclosingElement()).getQualifiedName(), type.getSimpleName());
      }
    }
  }

  private boolean isHandlerMethod(ExecutableElement m) {
    return kinds(m).size() > 0;
  }

  private List<HandlerKind> kinds(Element m) {
    List<HandlerKind> found = new ArrayList<>();
    for (HandlerKind k : HandlerKind.values()) {
      if (ctx.mirror(m, k.annotationName()).isPresent()) {
        found.add(k);
      }
    }
    return found;
  }

  private void checkMethod(ExecutableElement m) {
    List<HandlerKind> kinds = kinds(m);
    Optional<AnnotationMirror> logger = ctx.mirror(m, LOGGER_CONFIG);
    boolean isAbstract = m.getModifiers().contains(Modifier.ABSTRACT);
    if (!isAbstract || kinds.isEmpty()) {
      checkNoHandlerOnly(m);
    }
    if (!isAbstract) {
      return;
    }
    String name = m.getSimpleName().toString();
    if (kinds.isEmpty() && logger.isEmpty()) {
      if (!(name.equals("close") && m.getParameters().isEmpty())) {
        report(Problem.UNANNOTATED_METHOD, Origin.of(m), name);
      }
    } else if (kinds.size() > 1) {
      report(Problem.TWO_HANDLER_KINDS, Origin.of(m), name,
          kinds.stream().map(k -> "@" + k.annotation()).reduce((a, b) -> a + ", " + b).orElse(""));
    } else if (!kinds.isEmpty() && logger.isPresent()) {
      report(Problem.HANDLER_AND_LOGGER, Origin.of(m), name);
    } else if (checkShape(m)) {
      if (logger.isPresent()) {
        loggerMethod(m, ctx.attributes(m, logger.get()));
      } else {
        handlerMethod(m, kinds.get(0));
      }
    }
  }

  private void checkNoHandlerOnly(ExecutableElement m) {
    for (String annotation : HANDLER_ONLY) {
      Optional<AnnotationMirror> mirror = ctx.mirror(m, annotation);
      if (mirror.isPresent()) {
        report(Problem.SHARED_ON_NON_HANDLER, Origin.of(m, mirror.get()),
            annotation.substring(annotation.lastIndexOf('.') + 1), m.getSimpleName());
      }
    }
  }

  private boolean checkShape(ExecutableElement m) {
    boolean shapeOk = true;
    if (!m.getParameters().isEmpty()) {
      report(Problem.METHOD_HAS_PARAMETERS, Origin.of(m), m.getSimpleName(), m.getParameters().size());
      shapeOk = false;
    }
    if (!m.getTypeParameters().isEmpty()) {
      report(Problem.GENERIC_METHOD, Origin.of(m), m.getSimpleName());
      shapeOk = false;
    }
    return shapeOk;
  }

  private void handlerMethod(ExecutableElement m, HandlerKind kind) {
    String returned = m.getReturnType().toString();
    if (!returned.equals("dev.logwright.Handler") && !returned.equals(kind.runtimeClass().canonicalName())) {
      report(Problem.WRONG_RETURN_TYPE, Origin.of(m), m.getSimpleName(), returned, kind.annotation(),
          kind.runtimeClass().canonicalName());
      return;
    }
    AnnotationMirror mirror = ctx.mirror(m, kind.annotationName()).orElseThrow();
    if (kind != HandlerKind.ROTATING_FILE && kind != HandlerKind.TIMED_ROTATING_FILE) {
      for (String hook : List.of(RotatingFileValidator.NAMED_BY, RotatingFileValidator.ROTATED_BY)) {
        ctx.mirror(m, hook).ifPresent(h -> report(Problem.HOOK_ON_WRONG_KIND, Origin.of(m, h),
            hook.substring(hook.lastIndexOf('.') + 1), m.getSimpleName()));
      }
    }
    if (!kind.isStreamHandler()) {
      ctx.mirror(m, CommonValidator.BUFFERED).ifPresent(b -> report(Problem.BUFFERED_ON_WRONG_KIND,
          Origin.of(m, b), m.getSimpleName(), kind.annotation()));
    }
    HandlerCommon common = CommonValidator.validate(m, ctx);
    Attributes attrs = ctx.attributes(m, mirror);
    Optional<HandlerModel> model = kind.validator().validate(attrs, common, ctx);
    ok &= common != null && model.isPresent() && references(attrs, kind, m);
    if (kind.emitter() == null) {
      report(Problem.KIND_NOT_GENERATED, Origin.of(m, mirror), kind.annotation());
    }
    model.filter(x -> common != null).ifPresent(handlers::add);
  }

  private boolean references(Attributes attrs, HandlerKind kind, ExecutableElement m) {
    String self = m.getSimpleName().toString();
    if (kind == HandlerKind.MEMORY) {
      String target = attrs.string("target");
      return target.isEmpty()
          || GraphValidator.checkReferences(attrs, "target", List.of(target), self, handlerMethods, ctx);
    }
    if (kind == HandlerKind.QUEUE) {
      List<String> refs = attrs.strings("handlers");
      if (refs.isEmpty()) {
        report(Problem.EMPTY_HANDLERS, attrs.origin("handlers"), "@ToQueue(handlers)");
        return false;
      }
      return GraphValidator.checkReferences(attrs, "handlers", refs, self, handlerMethods, ctx);
    }
    return true;
  }

  private void loggerMethod(ExecutableElement m, Attributes attrs) {
    if (!m.getReturnType().toString().equals("dev.logwright.Logger")) {
      report(Problem.LOGGER_RETURN_TYPE, Origin.of(m), m.getSimpleName(), m.getReturnType());
      return;
    }
    String name = attrs.string("name");
    if (name.isEmpty()) {
      report(Problem.EMPTY_LOGGER_NAME, attrs.origin("name"));
      return;
    }
    for (LoggerModel other : loggers) {
      if (other.name().equals(name)) {
        report(Problem.DUPLICATE_LOGGER, attrs.origin("name"), name, other.method(), m.getSimpleName());
        return;
      }
    }
    var level = LevelValidator.parse(attrs.string("level"), true, attrs.origin("level"), ctx);
    boolean refs = GraphValidator.checkReferences(attrs, "handlers", attrs.strings("handlers"), null, handlerMethods, ctx);
    ok &= refs && (level.isPresent() || attrs.string("level").isEmpty());
    loggers.add(new LoggerModel(m.getSimpleName().toString(), name, level, attrs.strings("handlers"),
        attrs.bool("propagate")));
  }

  private LoggerModel root() {
    Attributes configAttrs = ctx.attributes(type, config);
    Attributes root = ctx.attributes(type, configAttrs.annotation("root"));
    var level = LevelValidator.parse(root.string("level"), false, root.origin("level"), ctx);
    boolean refs = GraphValidator.checkReferences(root, "handlers", root.strings("handlers"), null, handlerMethods, ctx);
    if (level.isEmpty() || !refs) {
      ok = false;
      return null;
    }
    return new LoggerModel("", "", level, root.strings("handlers"), true);
  }

  private void report(Problem problem, Origin origin, Object... args) {
    ok = false;
    ctx.report(problem, origin, args);
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
