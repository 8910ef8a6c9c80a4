package dev.logwright.processor;

import com.palantir.javapoet.JavaFile;
import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.diag.Reporter;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.validate.ValidationContext;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The loop Logwright's processors share: the interfaces carrying one annotation, in name order (so
 * diagnostics and files come out the same every build), each validated on its own and, without
 * errors, emitted. An interface with errors is skipped alone; an unexpected failure is one {@link
 * Problem#UNEXPECTED} error on its interface, never a stack trace. Never claims the annotation, so
 * other processors see it too.
 *
 * @param <M> the model a valid interface becomes
 */
abstract class InterfaceProcessor<M> extends AbstractProcessor {
  private final String annotation;

  InterfaceProcessor(String annotation) {
    this.annotation = annotation;
  }

  /** Validates the interface of {@code ctx}, reporting every problem; empty when it has errors. */
  abstract Optional<M> validate(ValidationContext ctx);

  /** Returns the source generated for {@code model}, with {@code @Generated} when it resolves. */
  abstract JavaFile emit(M model, boolean generatedAnnotation);

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(annotation);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    if (type == null) {
      return false;
    }
    List<? extends Element> elements = round.getElementsAnnotatedWith(type).stream()
        .sorted(Comparator.comparing(Element::toString))
        .collect(Collectors.toList());
    for (Element element : elements) {
      processOne((TypeElement) element);
    }
    return false;
  }

  private void processOne(TypeElement type) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      Optional<M> model = validate(new ValidationContext(processingEnv, reporter, type));
      if (model.isPresent() && reporter.errorCount() == 0) {
        boolean generated = processingEnv.getElementUtils()
            .getTypeElement("javax.annotation.processing.Generated") != null;
        emit(model.get(), generated).writeTo(processingEnv.getFiler());
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Problem.UNEXPECTED, Origin.of(type), type.getQualifiedName(), e);
    }
  }
}
