package dev.logwright.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a piece of configuration came from: the element, and when known the annotation and the
 * attribute value, so a diagnostic can point at the exact attribute. The only link from the
 * model back to {@code javax.lang.model}.
 */
public record Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {
  /** An origin on {@code element} alone. */
  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  /** An origin on {@code mirror} of {@code element}. */
  public static Origin of(Element element, AnnotationMirror mirror) {
    return new Origin(element, mirror, null);
  }
}
