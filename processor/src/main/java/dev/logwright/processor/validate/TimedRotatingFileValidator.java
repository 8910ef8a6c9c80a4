package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.HandlerModel.Hook;
import dev.logwright.processor.model.Text;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks {@code @ToTimedRotatingFile}: {@code when} as CPython accepts it (case-insensitive S, M,
 * H, D, MIDNIGHT, W0–W6), a positive interval, and an {@code atTime} only where it is used.
 */
public final class TimedRotatingFileValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    Text filename = Checks.filename(attrs, ctx);
    boolean ok = Checks.encoding(attrs, ctx) & filename != null;
    ok &= Checks.nonNegative(attrs, "backupCount", "use 0 to keep every backup", ctx);
    if (attrs.integer("interval") <= 0) {
      ctx.report(Problem.NOT_POSITIVE, attrs.origin("interval"), "interval", attrs.integer("interval"),
          "use 1 to roll over at every unit");
      ok = false;
    }
    ok &= checkWhen(attrs, ctx);
    Optional<Hook> namer = RotatingFileValidator.hook(attrs, RotatingFileValidator.NAMED_BY, ctx);
    Optional<Hook> rotator = RotatingFileValidator.hook(attrs, RotatingFileValidator.ROTATED_BY, ctx);
    if (!ok || namer == null || rotator == null) {
      return Optional.empty();
    }
    return Optional.of(new HandlerModel.TimedRotatingFile(common, filename,
        attrs.string("when").toUpperCase(Locale.ROOT), attrs.integer("interval"),
        attrs.integer("backupCount"), attrs.string("encoding"), attrs.bool("delay"),
        attrs.bool("utc"), attrs.string("atTime"), namer.orElse(null), rotator.orElse(null)));
  }

  private static boolean checkWhen(Attributes attrs, ValidationContext ctx) {
    String when = attrs.string("when");
    String upper = when.toUpperCase(Locale.ROOT);
    boolean weekly = upper.startsWith("W");
    if (weekly) {
      if (!upper.matches("W[0-9]")) {
        ctx.report(Problem.UNKNOWN_WHEN, attrs.origin("when"), when);
        return false;
      }
      if (upper.charAt(1) > '6') {
        ctx.report(Problem.WEEKDAY_OUT_OF_RANGE, attrs.origin("when"), when);
        return false;
      }
    } else if (!upper.matches("S|M|H|D|MIDNIGHT")) {
      ctx.report(Problem.UNKNOWN_WHEN, attrs.origin("when"), when);
      return false;
    }
    String atTime = attrs.string("atTime");
    if (atTime.isEmpty()) {
      return true;
    }
    if (!weekly && !upper.equals("MIDNIGHT")) {
      ctx.report(Problem.AT_TIME_IGNORED, attrs.origin("atTime"), atTime, when);
      return false;
    }
    if (!atTime.matches("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?")) {
      ctx.report(Problem.BAD_AT_TIME, attrs.origin("atTime"), atTime);
      return false;
    }
    return true;
  }
}
