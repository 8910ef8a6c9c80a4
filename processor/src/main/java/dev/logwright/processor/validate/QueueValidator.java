package dev.logwright.processor.validate;

import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import java.util.Optional;

/**
 * Checks {@code @ToQueue}'s own values; that {@code handlers} name other handler methods is the
 * {@link GraphValidator}'s job.
 */
public final class QueueValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    boolean ok = Checks.nonNegative(attrs, "capacity", "use 0 for an unbounded queue", ctx);
    return ok
        ? Optional.of(new HandlerModel.Queue(common, attrs.strings("handlers"), attrs.bool("respectHandlerLevel"),
            attrs.integer("capacity")))
        : Optional.empty();
  }
}
