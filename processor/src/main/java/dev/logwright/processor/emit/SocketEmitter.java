package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/** {@code new SocketHandler(host, port)} and {@code new DatagramHandler(host, port)}. */
public final class SocketEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    if (model instanceof HandlerModel.Datagram m) {
      return EmitContext.newHandler(RuntimeNames.DATAGRAM_HANDLER, ctx.text(m.host()), EmitContext.literal(m.port()));
    }
    HandlerModel.Socket m = (HandlerModel.Socket) model;
    return EmitContext.newHandler(RuntimeNames.SOCKET_HANDLER, ctx.text(m.host()), EmitContext.literal(m.port()));
  }
}
