package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/** {@code new NTEventLogHandler(appname, dllname, logtype)}; {@code dllname} {@code ""} is Python's {@code None}. */
public final class NTEventLogEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    HandlerModel.NTEventLog m = (HandlerModel.NTEventLog) model;
    CodeBlock dll = m.dllname().isEmpty() ? CodeBlock.of("null") : EmitContext.literal(m.dllname());
    return EmitContext.newHandler(RuntimeNames.NT_EVENT_LOG_HANDLER, EmitContext.literal(m.appname()), dll,
        EmitContext.literal(m.logtype()));
  }
}
