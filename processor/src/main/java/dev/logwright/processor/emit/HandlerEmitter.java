package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/**
 * Writes the construction of one kind of handler. One implementation per kind, registered in
 * {@code HandlerKind}; the {@link PipelineEmitter} adds what all handlers share (level,
 * formatter, filters).
 */
public interface HandlerEmitter {
  /**
   * Returns statements that declare a local {@code handler} of the kind's runtime type and
   * construct it from {@code model}'s parameters.
   */
  CodeBlock construct(HandlerModel model, EmitContext ctx);

  /**
   * Returns statements run before any handler is closed, such as stopping a queue listener;
   * empty by default.
   */
  default CodeBlock stop(HandlerModel model, EmitContext ctx) {
    return CodeBlock.of("");
  }

  /** Returns whether this kind keeps a companion object that {@link #stop} uses. */
  default boolean hasListener() {
    return false;
  }
}
