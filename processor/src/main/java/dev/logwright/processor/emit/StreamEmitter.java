package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/** {@code new StreamHandler(System.err or System.out, charset)}, then its terminator. */
public final class StreamEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    HandlerModel.Stream m = (HandlerModel.Stream) model;
    CodeBlock.Builder code = CodeBlock.builder().add(EmitContext.newHandler(RuntimeNames.STREAM_HANDLER,
        CodeBlock.of("$T.$L", System.class, m.stdout() ? "out" : "err"), ctx.charset(m.encoding())));
    if (!m.terminator().equals("\n")) {
      code.addStatement("handler.setTerminator($S)", m.terminator());
    }
    return code.build();
  }
}
