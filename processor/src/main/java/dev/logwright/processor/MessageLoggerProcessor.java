package dev.logwright.processor;

import com.google.auto.service.AutoService;
import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.diag.Reporter;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.typed.MessageLoggerEmitter;
import dev.logwright.processor.typed.MessageLoggerModel;
import dev.logwright.processor.typed.MessageLoggerValidator;
import dev.logwright.processor.validate.ValidationContext;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Turns each {@code @MessageLogger} interface into a generated {@code <Interface>Impl}: validate
 * (every problem reported on the method, parameter or attribute at fault) → model → emit. An
 * interface with errors is skipped alone. Logger names are checked for duplicates across the
 * interfaces compiled together (an incremental build that recompiles one interface alone checks it
 * against none). Isolating for Gradle: each generated class comes from its one interface. Never
 * claims the annotations.
 */
@AutoService(Processor.class)
public final class MessageLoggerProcessor extends AbstractProcessor {
  static final String MESSAGE_LOGGER = "dev.logwright.annotations.MessageLogger";

  // Logger name → the interface that took it, over every round of this compilation.
  private final Map<String, String> loggerNames = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(MESSAGE_LOGGER);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(MESSAGE_LOGGER);
    if (annotation == null) {
      return false;
    }
    // Sorted so that diagnostics (which duplicate is reported) and files are the same every build.
    List<? extends Element> elements = round.getElementsAnnotatedWith(annotation).stream()
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
      Optional<MessageLoggerModel> model = new MessageLoggerValidator(ctx, loggerNames).validate();
      if (model.isPresent() && reporter.errorCount() == 0) {
        boolean generated = processingEnv.getElementUtils()
            .getTypeElement("javax.annotation.processing.Generated") != null;
        new MessageLoggerEmitter(model.get(), generated).emit().writeTo(processingEnv.getFiler());
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Problem.UNEXPECTED, Origin.of(type), type.getQualifiedName(), e);
    }
  }
}
