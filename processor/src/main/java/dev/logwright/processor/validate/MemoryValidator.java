package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import java.util.OptionalInt;
import java.util.Optional;

/**
 * Checks {@code @ToMemory}'s own values; that {@code target} names another handler method is
 * the {@link GraphValidator}'s job.
 */
public final class MemoryValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    boolean ok = true;
    if (attrs.integer("capacity") <= 0) {
      ctx.report(Problem.NOT_POSITIVE, attrs.origin("capacity"), "capacity", attrs.integer("capacity"),
          "give how many records to buffer before flushing to the target");
      ok = false;
    }
    OptionalInt flushLevel = LevelValidator.parse(attrs.string("flushLevel"), false, attrs.origin("flushLevel"), ctx);
    return ok && flushLevel.isPresent()
        ? Optional.of(new HandlerModel.Memory(common, attrs.integer("capacity"), flushLevel.getAsInt(),
            attrs.string("target"), attrs.bool("flushOnClose")))
        : Optional.empty();
  }
}
