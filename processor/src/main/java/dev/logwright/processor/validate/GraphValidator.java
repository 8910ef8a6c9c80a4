package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks how handlers refer to each other and orders them for building: every reference names a
 * handler method, none names itself, none is listed twice, and there is no cycle. Handlers are
 * built targets first, otherwise in declaration order, so the output is deterministic.
 */
final class GraphValidator {
  private GraphValidator() {}

  /**
   * Checks the names in {@code refs} (from attribute {@code attribute} of {@code attrs}) against
   * {@code handlerMethods}; {@code self} is the referring handler method, or null for a logger.
   */
  static boolean checkReferences(Attributes attrs, String attribute, List<String> refs, String self,
      Set<String> handlerMethods, ValidationContext ctx) {
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      Origin origin = attrs.isExplicit(attribute) ? attrs.origin(attribute, i) : attrs.origin(attribute);
      String where = "@" + attrs.mirror().getAnnotationType().asElement().getSimpleName() + "(" + attribute + ")";
      if (ref.equals(self)) {
        ctx.report(Problem.SELF_REFERENCE, origin, self, where);
        ok = false;
      } else if (!handlerMethods.contains(ref)) {
        ctx.report(Problem.UNKNOWN_HANDLER_REFERENCE, origin, ref, ctx.type().getSimpleName(),
            handlerMethods.isEmpty() ? "(none declared)" : String.join(", ", handlerMethods));
        ok = false;
      } else if (!seen.add(ref)) {
        ctx.report(Problem.DUPLICATE_REFERENCE, origin, ref, where);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Returns the handlers in build order (dependencies first), or null after reporting a cycle on
   * the first handler method in it.
   */
  static List<HandlerModel> order(List<HandlerModel> declared, ValidationContext ctx) {
    Map<String, HandlerModel> byName = new LinkedHashMap<>();
    declared.forEach(h -> byName.put(h.common().method(), h));
    List<HandlerModel> out = new ArrayList<>();
    Map<String, Integer> state = new HashMap<>();
    for (HandlerModel h : declared) {
      List<String> path = new ArrayList<>();
      if (!visit(h, byName, state, out, path)) {
        ctx.report(Problem.CYCLE, byName.get(path.get(0)).common().origin(), String.join("() → ", path) + "()");
        return null;
      }
    }
    return out;
  }

  private static boolean visit(HandlerModel h, Map<String, HandlerModel> byName, Map<String, Integer> state,
      List<HandlerModel> out, List<String> path) {
    String name = h.common().method();
    Integer s = state.get(name);
    if (s != null && s == 2) {
      return true;
    }
    if (s != null && s == 1) {
      path.subList(0, path.indexOf(name)).clear();
      path.add(name);
      return false;
    }
    state.put(name, 1);
    path.add(name);
    for (String dep : h.dependencies()) {
      HandlerModel target = byName.get(dep);
      if (target != null && !visit(target, byName, state, out, path)) {
        return false;
      }
    }
    path.remove(path.size() - 1);
    state.put(name, 2);
    out.add(h);
    return true;
  }

  /** Reports two handlers writing the same file (compared as written, placeholders included). */
  static boolean checkFiles(List<HandlerModel> handlers, ValidationContext ctx) {
    Map<String, HandlerModel> owners = new HashMap<>();
    boolean ok = true;
    for (HandlerModel h : handlers) {
      String file = h.file();
      if (file == null) {
        continue;
      }
      HandlerModel first = owners.putIfAbsent(file, h);
      if (first != null) {
        ctx.report(Problem.SAME_FILE, h.common().origin(), first.common().method(), h.common().method(), file);
        ok = false;
      }
    }
    return ok;
  }
}
