package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;
import java.time.LocalTime;

/**
 * {@code new TimedRotatingFileHandler(filename, when, interval, backupCount, encoding, delay,
 * utc, atTime)}, then the namer and rotator hooks.
 */
public final class TimedRotatingFileEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    HandlerModel.TimedRotatingFile m = (HandlerModel.TimedRotatingFile) model;
    CodeBlock atTime = m.atTime().isEmpty()
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.parse($S)", LocalTime.class, m.atTime());
    CodeBlock.Builder code = CodeBlock.builder().add(EmitContext.newHandler(RuntimeNames.TIMED_ROTATING_FILE_HANDLER,
        ctx.text(m.filename()), EmitContext.literal(m.when()), EmitContext.literal(m.interval()),
        EmitContext.literal(m.backupCount()), ctx.charset(m.encoding()), EmitContext.literal(m.delay()),
        EmitContext.literal(m.utc()), atTime));
    RotatingFileEmitter.addHooks(code, m.namer(), m.rotator(), ctx);
    return code.build();
  }
}
