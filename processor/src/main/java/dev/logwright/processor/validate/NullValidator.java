package dev.logwright.processor.validate;

import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import java.util.Optional;

/** {@code @ToNull} has no parameters to check. */
public final class NullValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    return Optional.of(new HandlerModel.Null(common));
  }
}
