package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/** {@code new MemoryHandler(capacity, flushLevel, target, flushOnClose)}; the target is built first. */
public final class MemoryEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    HandlerModel.Memory m = (HandlerModel.Memory) model;
    CodeBlock target = m.target().isEmpty() ? CodeBlock.of("null") : ctx.field(m.target());
    return EmitContext.newHandler(RuntimeNames.MEMORY_HANDLER, EmitContext.literal(m.capacity()),
        LevelNames.expression(m.flushLevel()), target, EmitContext.literal(m.flushOnClose()));
  }
}
