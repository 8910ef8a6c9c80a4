package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import java.util.Optional;

/** Checks {@code @ToNTEventLog}: an application name and one of the three log types. */
public final class NTEventLogValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    boolean ok = true;
    if (attrs.string("appname").isEmpty()) {
      ctx.report(Problem.EMPTY_VALUE, attrs.origin("appname"), "appname", "name the application the events come from");
      ok = false;
    }
    String logtype = attrs.string("logtype");
    if (!logtype.equals("Application") && !logtype.equals("System") && !logtype.equals("Security")) {
      ctx.report(Problem.UNKNOWN_LOGTYPE, attrs.origin("logtype"), logtype);
      ok = false;
    }
    return ok
        ? Optional.of(new HandlerModel.NTEventLog(common, attrs.string("appname"), attrs.string("dllname"), logtype))
        : Optional.empty();
  }
}
