package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/** {@code new SocketHandler(host, port)} and {@code new DatagramHandler(host, port)}. */
public final class SocketEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    if (model instanceof HandlerModel.Datagram m) {
      return CodeBlock.builder().addStatement("$T handler = new $T($L, $L)", RuntimeNames.DATAGRAM_HANDLER,
          RuntimeNames.DATAGRAM_HANDLER, ctx.text(m.host()), m.port()).build();
    }
    HandlerModel.Socket m = (HandlerModel.Socket) model;
    return CodeBlock.builder().addStatement("$T handler = new $T($L, $L)", RuntimeNames.SOCKET_HANDLER,
        RuntimeNames.SOCKET_HANDLER, ctx.text(m.host()), m.port()).build();
  }
}
