package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/** {@code new NullHandler()}. */
public final class NullEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    return CodeBlock.builder()
        .addStatement("$T handler = new $T()", RuntimeNames.NULL_HANDLER, RuntimeNames.NULL_HANDLER)
        .build();
  }
}
