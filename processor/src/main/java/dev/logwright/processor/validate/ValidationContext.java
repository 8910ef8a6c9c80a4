package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.diag.Reporter;
import dev.logwright.processor.model.Origin;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every validator of one interface needs: the compiler's utilities, the reporter, the interface. */
public final class ValidationContext {
  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final TypeElement type;

  public ValidationContext(ProcessingEnvironment env, Reporter reporter, TypeElement type) {
    this.env = env;
    this.reporter = reporter;
    this.type = type;
  }

  public Elements elements() {
    return env.getElementUtils();
  }

  public Types types() {
    return env.getTypeUtils();
  }

  public TypeElement type() {
    return type;
  }

  public void report(Problem problem, Origin origin, Object... args) {
    reporter.report(problem, origin, args);
  }

  /** Returns the annotation {@code annotationName} (canonical name) on {@code element}, if any. */
  public Optional<AnnotationMirror> mirror(Element element, String annotationName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      TypeElement t = (TypeElement) m.getAnnotationType().asElement();
      if (t.getQualifiedName().contentEquals(annotationName)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Returns the attributes of {@code mirror} on {@code element}. */
  public Attributes attributes(Element element, AnnotationMirror mirror) {
    return new Attributes(element, mirror, elements());
  }

  /** Returns the attributes of annotation {@code annotationName} on {@code element}, if present. */
  public Optional<Attributes> attributes(Element element, String annotationName) {
    return mirror(element, annotationName).map(m -> attributes(element, m));
  }
}
