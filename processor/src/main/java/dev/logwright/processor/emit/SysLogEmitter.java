package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;
import java.util.Locale;

/**
 * {@code new SysLogHandler(host, port, facility, socktype)} or, for a Unix-domain socket, {@code
 * new SysLogHandler(path, facility, socktype)}; then the ident and {@code appendNul}.
 */
public final class SysLogEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    HandlerModel.SysLog m = (HandlerModel.SysLog) model;
    CodeBlock facility = CodeBlock.of("$T.$L", RuntimeNames.SYSLOG_HANDLER, facilityConstant(m.facility()));
    CodeBlock socktype = m.socktype().isEmpty()
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.$L", RuntimeNames.SYSLOG_SOCKET_TYPE, m.socktype().toUpperCase(Locale.ROOT));
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock[] args = m.host() == null
        ? new CodeBlock[] {ctx.text(m.path()), facility, socktype}
        : new CodeBlock[] {ctx.text(m.host()), ctx.port(m.port()), facility, socktype};
    if (m.priorityMap().isEmpty()) {
      code.add(EmitContext.newHandler(RuntimeNames.SYSLOG_HANDLER, args));
    } else {
      code.add("$T handler = new $T($L) {\n", RuntimeNames.SYSLOG_HANDLER, RuntimeNames.SYSLOG_HANDLER,
              CodeBlock.join(java.util.List.of(args), ",$W"))
          .indent()
          .add(mapPriority(m))
          .unindent()
          .add("};\n");
    }
    if (!m.ident().isEmpty()) {
      code.addStatement("handler.setIdent($S)", m.ident());
    }
    if (!m.appendNul()) {
      code.addStatement("handler.setAppendNul(false)");
    }
    return code.build();
  }

  /** The {@code mapPriority} override: the configured entries, then Python's map. */
  private static CodeBlock mapPriority(HandlerModel.SysLog m) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (levelName)");
    m.priorityMap().forEach((level, priority) -> body.addStatement("case $S: return $S", level, priority));
    body.addStatement("default: return super.mapPriority(levelName)").endControlFlow();
    return CodeBlock.builder()
        .add("@$T\n", Override.class)
        .beginControlFlow("public $T mapPriority($T levelName)", String.class, String.class)
        .add(body.build())
        .endControlFlow()
        .build();
  }

  /** The {@code SysLogHandler} constant of a facility name of the spec's table. */
  static String facilityConstant(String name) {
    return name.equals("solaris-cron") ? "LOG_SOLCRON" : "LOG_" + name.toUpperCase(Locale.ROOT);
  }
}
