package dev.logwright.processor.validate;

import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.HandlerModel.Hook;
import dev.logwright.processor.model.Text;
import java.util.Optional;

/** Checks {@code @ToRotatingFile} and its {@code @NamedBy}/{@code @RotatedBy} hooks. */
public final class RotatingFileValidator implements HandlerValidator {
  static final String NAMED_BY = "dev.logwright.annotations.NamedBy";
  static final String ROTATED_BY = "dev.logwright.annotations.RotatedBy";

  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    Text filename = Checks.filename(attrs, ctx);
    boolean ok = Checks.mode(attrs, ctx) & Checks.encoding(attrs, ctx) & filename != null;
    ok &= Checks.nonNegative(attrs, "maxBytes", "use 0 to never roll over", ctx);
    ok &= Checks.nonNegative(attrs, "backupCount", "use 0 to keep no backups", ctx);
    Optional<Hook> namer = hook(attrs, NAMED_BY, ctx);
    Optional<Hook> rotator = hook(attrs, ROTATED_BY, ctx);
    if (!ok || namer == null || rotator == null) {
      return Optional.empty();
    }
    return Optional.of(new HandlerModel.RotatingFile(common, filename, attrs.string("mode"),
        attrs.longValue("maxBytes"), attrs.integer("backupCount"), attrs.string("encoding"),
        attrs.bool("delay"), namer.orElse(null), rotator.orElse(null)));
  }

  /** Returns the hook (empty when absent), or null after reporting a bad one. */
  static Optional<Hook> hook(Attributes handler, String annotation, ValidationContext ctx) {
    Optional<Attributes> attrs = ctx.attributes(handler.element(), annotation);
    if (attrs.isEmpty()) {
      return Optional.empty();
    }
    Optional<Hook> hook = annotation.equals(NAMED_BY)
        ? HookValidator.namer(attrs.get(), ctx)
        : HookValidator.rotator(attrs.get(), ctx);
    return hook.isPresent() ? hook : null;
  }
}
