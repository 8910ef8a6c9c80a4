package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import java.util.Optional;

/** Checks {@code @ToStream}: the target is a standard stream, the encoding exists. */
public final class StreamValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    String target = attrs.string("target");
    boolean ok = Checks.encoding(attrs, ctx);
    if (!target.equals("stderr") && !target.equals("stdout")) {
      ctx.report(Problem.UNKNOWN_STREAM_TARGET, attrs.origin("target"), target);
      ok = false;
    }
    return ok
        ? Optional.of(new HandlerModel.Stream(common, target.equals("stdout"), attrs.string("encoding"), attrs.string("terminator")))
        : Optional.empty();
  }
}
