package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.LoggerModel;
import dev.logwright.processor.model.Origin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Checks on a whole pipeline once its handlers are known: name clashes and unused handlers. */
final class PipelineChecks {
  private PipelineChecks() {}

  /** Reports interface methods whose names the generated class uses for its own members. */
  static boolean checkNames(TypeElement type, List<HandlerModel> handlers, ValidationContext ctx) {
    java.util.Map<String, String> generated = new java.util.HashMap<>();
    for (String name : List.of("create", "install", "closeAll")) {
      generated.put(name, "method " + name + "()");
    }
    for (String name : List.of("manager", "installed", "closed")) {
      generated.put(name, "field " + name);
    }
    for (HandlerModel h : handlers) {
      String m = h.common().method();
      generated.put("new" + Character.toUpperCase(m.charAt(0)) + m.substring(1), "method building " + m + "()");
      if (h instanceof HandlerModel.Queue) {
        generated.put(m + "Listener", "field holding the listener of " + m + "()");
      }
    }
    boolean clean = true;
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String what = generated.get(m.getSimpleName().toString());
      if (what != null) {
        ctx.report(Problem.NAME_CLASH, Origin.of(m), m.getSimpleName(), what);
        clean = false;
      }
    }
    return clean;
  }

  private static boolean suppressed(Element e, String warning) {
    for (Element x = e; x != null; x = x.getEnclosingElement()) {
      SuppressWarnings s = x.getAnnotation(SuppressWarnings.class);
      if (s != null && java.util.Arrays.asList(s.value()).contains(warning)) {
        return true;
      }
    }
    return false;
  }

  static void warnUnused(LoggerModel root, List<LoggerModel> loggers, List<HandlerModel> handlers,
      ValidationContext ctx) {
    Set<String> used = new LinkedHashSet<>(root.handlers());
    loggers.forEach(l -> used.addAll(l.handlers()));
    handlers.forEach(h -> used.addAll(h.dependencies()));
    for (HandlerModel h : handlers) {
      if (!used.contains(h.common().method())
          && !suppressed(h.common().origin().element(), "logwright:unused-handler")) {
        ctx.report(Problem.UNUSED_HANDLER, h.common().origin(), h.common().method());
      }
    }
  }
}
