package dev.logwright.processor.validate;

import dev.logwright.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The attribute values of one annotation on one element, defaults included, each readable with
 * the {@link Origin} a diagnostic about it should carry.
 */
public final class Attributes {
  private final Element element;
  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;

  Attributes(Element element, AnnotationMirror mirror, Elements elements) {
    this.element = element;
    this.mirror = mirror;
    this.values = elements.getElementValuesWithDefaults(mirror);
    this.explicit = mirror.getElementValues();
  }

  public Element element() {
    return element;
  }

  public AnnotationMirror mirror() {
    return mirror;
  }

  /** Returns the origin of attribute {@code name}: the value when written, else the annotation. */
  public Origin origin(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : explicit.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return new Origin(element, mirror, e.getValue());
      }
    }
    return Origin.of(element, mirror);
  }

  /** Returns whether attribute {@code name} is written out rather than defaulted. */
  public boolean isExplicit(String name) {
    return explicit.keySet().stream().anyMatch(k -> k.getSimpleName().contentEquals(name));
  }

  private Object raw(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + name + " on " + mirror);
  }

  public String string(String name) {
    return (String) raw(name);
  }

  public int integer(String name) {
    return ((Number) raw(name)).intValue();
  }

  public long longValue(String name) {
    return ((Number) raw(name)).longValue();
  }

  public double doubleValue(String name) {
    return ((Number) raw(name)).doubleValue();
  }

  public boolean bool(String name) {
    return (Boolean) raw(name);
  }

  /** Returns the simple name of an enum attribute's constant, e.g. {@code "WAIT"}. */
  public String enumConstant(String name) {
    return ((VariableElement) raw(name)).getSimpleName().toString();
  }

  public AnnotationMirror annotation(String name) {
    return (AnnotationMirror) raw(name);
  }

  /** Returns a {@code String[]} attribute's values in order. */
  public List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    for (Object v : list(name)) {
      out.add((String) ((AnnotationValue) v).getValue());
    }
    return out;
  }

  /** Returns a {@code Class<?>[]} attribute's types in order. */
  public List<TypeMirror> types(String name) {
    List<TypeMirror> out = new ArrayList<>();
    for (Object v : list(name)) {
      out.add((TypeMirror) ((AnnotationValue) v).getValue());
    }
    return out;
  }

  /** Returns the origin of element {@code index} of an array attribute, for its own caret. */
  public Origin origin(String name, int index) {
    Origin whole = origin(name);
    if (whole.value() != null && whole.value().getValue() instanceof List<?> items
        && index < items.size()) {
      return new Origin(element, mirror, (AnnotationValue) items.get(index));
    }
    return whole;
  }

  private List<?> list(String name) {
    return (List<?>) raw(name);
  }
}
