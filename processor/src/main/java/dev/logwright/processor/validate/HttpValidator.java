package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.Text;
import java.util.Optional;

/** Checks {@code @ToHttp}: host, url, GET or POST, and credentials only as placeholders over HTTPS. */
public final class HttpValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    Text host = Checks.host(attrs, "host", ctx);
    Text url = Checks.text(attrs, "url", ctx);
    Text user = Checks.text(attrs, "username", ctx);
    Text password = Checks.text(attrs, "password", ctx);
    boolean ok = host != null & url != null & user != null & password != null;
    String method = attrs.string("method");
    if (!method.equals("GET") && !method.equals("POST")) {
      ctx.report(Problem.UNKNOWN_HTTP_METHOD, attrs.origin("method"), method);
      ok = false;
    }
    ok &= Checks.credentials(attrs, "plain HTTP", ctx);
    return ok
        ? Optional.of(new HandlerModel.Http(common, host, url, method, attrs.bool("secure"), user, password))
        : Optional.empty();
  }
}
