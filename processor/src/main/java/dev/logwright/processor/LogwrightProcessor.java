package dev.logwright.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.logwright.processor.emit.PipelineEmitter;
import dev.logwright.processor.model.PipelineModel;
import dev.logwright.processor.validate.InterfaceValidator;
import dev.logwright.processor.validate.ValidationContext;
import java.util.Optional;
import javax.annotation.processing.Processor;

/**
 * Turns each {@code @LoggingConfig} interface into a generated {@code <Interface>Pipeline}: validate
 * (every problem reported on the attribute at fault) → model → emit. An interface with errors is
 * skipped alone; the others are still generated. Never claims the annotations, so other processors
 * see them too.
 */
@AutoService(Processor.class)
public final class LogwrightProcessor extends InterfaceProcessor<PipelineModel> {
  static final String LOGGING_CONFIG = "dev.logwright.annotations.LoggingConfig";

  public LogwrightProcessor() {
    super(LOGGING_CONFIG);
  }

  @Override
  Optional<PipelineModel> validate(ValidationContext ctx) {
    return new InterfaceValidator(ctx).validate();
  }

  @Override
  JavaFile emit(PipelineModel model, boolean generatedAnnotation) {
    return new PipelineEmitter(model, generatedAnnotation).emit();
  }
}
