package dev.logwright.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.logwright.processor.typed.MessageLoggerEmitter;
import dev.logwright.processor.typed.MessageLoggerModel;
import dev.logwright.processor.typed.MessageLoggerValidator;
import dev.logwright.processor.validate.ValidationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Processor;

/**
 * Turns each {@code @MessageLogger} interface into a generated {@code <Interface>Impl}: validate
 * (every problem reported on the method, parameter or attribute at fault) → model → emit. An
 * interface with errors is skipped alone. Logger names are checked for duplicates across the
 * interfaces compiled together (an incremental build that recompiles one interface alone checks it
 * against none). Isolating for Gradle: each generated class comes from its one interface. Never
 * claims the annotations.
 */
@AutoService(Processor.class)
public final class MessageLoggerProcessor extends InterfaceProcessor<MessageLoggerModel> {
  static final String MESSAGE_LOGGER = "dev.logwright.annotations.MessageLogger";

  // Logger name → the interface that took it, over every round of this compilation.
  private final Map<String, String> loggerNames = new HashMap<>();

  public MessageLoggerProcessor() {
    super(MESSAGE_LOGGER);
  }

  @Override
  Optional<MessageLoggerModel> validate(ValidationContext ctx) {
    return new MessageLoggerValidator(ctx, loggerNames).validate();
  }

  @Override
  JavaFile emit(MessageLoggerModel model, boolean generatedAnnotation) {
    return new MessageLoggerEmitter(model, generatedAnnotation).emit();
  }
}
