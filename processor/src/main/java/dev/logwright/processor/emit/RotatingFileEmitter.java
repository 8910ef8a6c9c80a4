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
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T handler = new $T($L, $S, $LL, $L, $L, $L)", RuntimeNames.ROTATING_FILE_HANDLER,
            RuntimeNames.ROTATING_FILE_HANDLER, ctx.text(m.filename()), m.mode(), m.maxBytes(),
            m.backupCount(), ctx.charset(m.encoding()), m.delay());
    addHooks(code, m.namer(), m.rotator(), ctx);
    return code.build();
  }

  static void addHooks(CodeBlock.Builder code, Hook namer, Hook rotator, EmitContext ctx) {
    if (namer != null) {
      code.addStatement("handler.setNamer($L)", ctx.hook(namer, 1));
    }
    if (rotator != null) {
      code.addStatement("handler.setRotator($L)", ctx.hook(rotator, 2));
    }
  }
}
