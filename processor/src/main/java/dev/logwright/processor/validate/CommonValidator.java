package dev.logwright.processor.validate;

import dev.logwright.processor.model.FormatModel;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.Origin;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks what every handler method may carry: {@code @Threshold}, {@code @LogFormat}, {@code
 * @Filtered}, {@code @Buffered} (whether the kind takes {@code @Buffered} is checked by the caller).
 */
final class CommonValidator {
  static final String THRESHOLD = "dev.logwright.annotations.Threshold";
  static final String LOG_FORMAT = "dev.logwright.annotations.LogFormat";
  static final String FILTERED = "dev.logwright.annotations.Filtered";
  static final String BUFFERED = "dev.logwright.annotations.Buffered";

  private CommonValidator() {}

  /** Returns the handler's common part, or null after reporting a problem. */
  static HandlerCommon validate(ExecutableElement method, ValidationContext ctx) {
    boolean ok = true;
    OptionalInt level = OptionalInt.empty();
    Optional<Attributes> threshold = ctx.attributes(method, THRESHOLD);
    if (threshold.isPresent()) {
      level = LevelValidator.parse(threshold.get().string("value"), false, threshold.get().origin("value"), ctx);
      ok = level.isPresent();
    }
    FormatModel format = null;
    Optional<Attributes> formatAttrs = ctx.attributes(method, LOG_FORMAT);
    if (formatAttrs.isPresent()) {
      format = FormatValidator.validate(formatAttrs.get(), ctx).orElse(null);
      ok &= format != null;
    }
    List<String> filters = List.of();
    Optional<Attributes> filtered = ctx.attributes(method, FILTERED);
    if (filtered.isPresent()) {
      Optional<List<String>> checked = FilterValidator.validate(filtered.get(), ctx);
      ok &= checked.isPresent();
      filters = checked.orElse(List.of());
    }
    HandlerCommon.Buffering buffering = null;
    Optional<Attributes> buffered = ctx.attributes(method, BUFFERED);
    if (buffered.isPresent()) {
      buffering = buffering(buffered.get(), ctx);
      ok &= buffering != null;
    }
    if (!ok) {
      return null;
    }
    return new HandlerCommon(method.getSimpleName().toString(), method.getReturnType().toString(), level,
        format, filters, buffering, Origin.of(method));
  }

  /** Applies {@code StreamHandler.setBuffering}'s argument rules; null after reporting a problem. */
  private static HandlerCommon.Buffering buffering(Attributes attrs, ValidationContext ctx) {
    int size = attrs.integer("size");
    long delay = attrs.longValue("maxDelayMillis");
    boolean ok = true;
    if (size <= 0) {
      ctx.report(Problem.NOT_POSITIVE, attrs.origin("size"), "size", size,
          "give the buffer size in bytes, e.g. 65536, or remove @Buffered to flush every record");
      ok = false;
    }
    if (delay <= 0) {
      ctx.report(Problem.NOT_POSITIVE, attrs.origin("maxDelayMillis"), "maxDelayMillis", delay,
          "buffered records need a bound on how long they may wait, e.g. 1000");
      ok = false;
    }
    return ok ? new HandlerCommon.Buffering(size, delay) : null;
  }
}
