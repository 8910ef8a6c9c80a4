package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import java.util.Optional;

/**
 * Checks {@code @ToQueue}'s own values (a capacity ≥ 0, and a {@code whenFull} policy only with
 * a capacity); that {@code handlers} name other handler methods is the {@link GraphValidator}'s
 * job.
 */
public final class QueueValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    boolean ok = Checks.nonNegative(attrs, "capacity", "use 0 for an unbounded queue", ctx);
    String whenFull = attrs.enumConstant("whenFull");
    if (attrs.isExplicit("whenFull") && attrs.integer("capacity") == 0) {
      // Only a ring buffer fills up: a policy on an unbounded queue would silently do nothing.
      ctx.report(Problem.WHEN_FULL_WITHOUT_CAPACITY, attrs.origin("whenFull"), whenFull);
      ok = false;
    }
    return ok
        ? Optional.of(new HandlerModel.Queue(common, attrs.strings("handlers"), attrs.bool("respectHandlerLevel"),
            attrs.integer("capacity"), whenFull))
        : Optional.empty();
  }
}
