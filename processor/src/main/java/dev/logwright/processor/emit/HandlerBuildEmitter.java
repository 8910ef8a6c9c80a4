package dev.logwright.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import dev.logwright.processor.HandlerKind;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import javax.lang.model.element.Modifier;

/**
 * Writes the method that builds one handler: its compiled formatter, the kind's construction,
 * then what every handler shares: its name, level, formatter, filters and buffering.
 */
final class HandlerBuildEmitter {
  private final HandlerModel handler;
  private final EmitContext ctx;

  HandlerBuildEmitter(HandlerModel handler, EmitContext ctx) {
    this.handler = handler;
    this.ctx = ctx;
  }

  MethodSpec method(String name) {
    HandlerKind kind = HandlerKind.of(handler);
    HandlerCommon common = handler.common();
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .returns(kind.runtimeClass());
    // The formatter first: one that renders asctime starts reading the time-zone database on
    // another core, which then overlaps with opening the handler's file or socket.
    if (common.format() != null) {
      m.addStatement("$T format = new $N()", RuntimeNames.FORMATTER, FormatterEmitter.className(common.method()));
    }
    m.addCode(kind.emitter().construct(handler, ctx))
        .addStatement("handler.setName($S)", common.method());
    if (common.level().isPresent()) {
      m.addStatement("handler.setLevel($L)", LevelNames.expression(common.level().getAsInt()));
    }
    if (common.format() != null) {
      m.addStatement("handler.setFormatter(format)");
    }
    for (String filter : common.filters()) {
      m.addStatement("handler.addFilter(new $T())", ClassName.bestGuess(filter));
    }
    if (common.buffering() != null) {
      m.addStatement("handler.setBuffering($L, $LL)", common.buffering().size(), common.buffering().maxDelayMillis());
    }
    return m.addStatement("return handler").build();
  }
}
