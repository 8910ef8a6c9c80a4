package dev.logwright.processor.validate;

import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.Text;
import java.util.Optional;

/** Checks {@code @ToSocket}: a host and a port. */
public final class SocketValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    Text host = Checks.host(attrs, "host", ctx);
    boolean ok = Checks.port(attrs, ctx) & host != null;
    return ok ? Optional.of(new HandlerModel.Socket(common, host, attrs.integer("port"))) : Optional.empty();
  }
}
