package dev.logwright.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.logwright.processor.model.HandlerModel;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A {@code QueueHandler} on a {@code RecordRingBuffer} of the given capacity and full-ring policy
 * (or, unbounded, a {@code LinkedBlockingQueue}), and a started {@code QueueListener}
 * passing the records to the listed handlers, kept in a field so {@code close()} stops it
 * (draining the queue) before any handler is closed.
 */
public final class QueueEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    HandlerModel.Queue m = (HandlerModel.Queue) model;
    String listener = listenerField(m);
    CodeBlock handlers = m.handlers().stream().map(ctx::field).collect(CodeBlock.joining(",$W"));
    CodeBlock.Builder code = CodeBlock.builder();
    if (m.capacity() > 0) {
      // Bounded: preallocated slots, so the hand-off allocates nothing; a full ring drops or waits.
      code.addStatement("$T queue = new $T($L, $T.$L)", RuntimeNames.RECORD_RING_BUFFER,
          RuntimeNames.RECORD_RING_BUFFER, m.capacity(), RuntimeNames.RING_WHEN_FULL, m.whenFull());
    } else {
      code.addStatement("$T queue = new $T<>()",
          ParameterizedTypeName.get(ClassName.get(BlockingQueue.class), RuntimeNames.LOG_RECORD),
          LinkedBlockingQueue.class);
    }
    return code
        .addStatement("$T handler = new $T(queue)", RuntimeNames.QUEUE_HANDLER, RuntimeNames.QUEUE_HANDLER)
        .addStatement("this.$N = new $T(queue, $T.asList($L), $L)", listener, RuntimeNames.QUEUE_LISTENER,
            Arrays.class, handlers, m.respectHandlerLevel())
        // Callers then compute file and line only when one of the listener's handlers uses them.
        .addStatement("handler.setListener(this.$N)", listener)
        .addStatement("this.$N.start()", listener)
        .build();
  }

  @Override
  public CodeBlock stop(HandlerModel model, EmitContext ctx) {
    return CodeBlock.of("$N", listenerField((HandlerModel.Queue) model));
  }

  @Override
  public boolean hasListener() {
    return true;
  }

  /** The field holding the listener of queue handler method {@code m}. */
  public static String listenerField(HandlerModel.Queue m) {
    return m.common().method() + "Listener";
  }
}
