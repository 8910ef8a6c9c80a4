package dev.logwright.processor.validate;

import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.Text;
import java.util.Optional;

/** Checks {@code @ToWatchedFile}: a filename, a mode, an encoding. */
public final class WatchedFileValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    Text filename = Checks.filename(attrs, ctx);
    boolean ok = Checks.mode(attrs, ctx) & Checks.encoding(attrs, ctx) & filename != null;
    return ok
        ? Optional.of(new HandlerModel.WatchedFile(common, filename, attrs.string("mode"), attrs.string("encoding"), attrs.bool("delay")))
        : Optional.empty();
  }
}
