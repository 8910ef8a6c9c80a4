package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.HandlerModel.Hook;

/**
 * {@code new RotatingFileHandler(filename, mode, maxBytes, backupCount, encoding, delay)}, then
 * the namer and rotator hooks.
 */
public final class RotatingFileEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    HandlerModel.RotatingFile m = (HandlerModel.RotatingFile) model;
    CodeBlock.Builder code = CodeBlock.builder().add(EmitContext.newHandler(RuntimeNames.ROTATING_FILE_HANDLER,
        ctx.text(m.filename()), EmitContext.literal(m.mode()), CodeBlock.of("$LL", m.maxBytes()),
        EmitContext.literal(m.backupCount()), ctx.charset(m.encoding()), EmitContext.literal(m.delay())));
    addHooks(code, m.namer(), m.rotator(), ctx);
    return code.build();
  }

  static void addHooks(CodeBlock.Builder code, Hook namer, Hook rotator, EmitContext ctx) {
    if (namer != null) {
      code.addStatement("handler.setNamer($L)", ctx.hook(namer));
    }
    if (rotator != null) {
      code.addStatement("handler.setRotator($L)", ctx.hook(rotator));
    }
  }
}
