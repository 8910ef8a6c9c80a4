package dev.logwright.processor;

import com.google.auto.service.AutoService;
import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.diag.Reporter;
import dev.logwright.processor.emit.PipelineEmitter;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.model.PipelineModel;
import dev.logwright.processor.validate.InterfaceValidator;
import dev.logwright.processor.validate.ValidationContext;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Turns each {@code @LoggingConfig} interface into a generated {@code <Interface>Pipeline}: validate
 * (every problem reported on the attribute at fault) → model → emit. An interface with errors is
 * skipped alone; the others are still generated. Never claims the annotations, so other processors
 * see them too.
 */
@AutoService(Processor.class)
public final class LogwrightProcessor extends AbstractProcessor {
  static final String LOGGING_CONFIG = "dev.logwright.annotations.LoggingConfig";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(LOGGING_CONFIG);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement config = processingEnv.getElementUtils().getTypeElement(LOGGING_CONFIG);
    if (config == null) {
      return false;
    }
    // Sorted so that diagnostics and generated files come out in the same order every build.
    List<? extends Element> elements = round.getElementsAnnotatedWith(config).stream()
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
      ValidationContext ctx = new ValidationContext(processingEnv, reporter, type);
      Optional<PipelineModel> model = new InterfaceValidator(ctx).validate();
      if (model.isPresent() && reporter.errorCount() == 0) {
        boolean generated = processingEnv.getElementUtils()
            .getTypeElement("javax.annotation.processing.Generated") != null;
        new PipelineEmitter(model.get(), generated).emit().writeTo(processingEnv.getFiler());
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Problem.UNEXPECTED, Origin.of(type), type.getQualifiedName(), e);
    }
  }
}
