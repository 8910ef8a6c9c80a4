package dev.logwright.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;

/**
 * {@code new FileHandler(filename, mode, encoding, delay)}; the same for {@code
 * WatchedFileHandler}, whose constructor has the same parameters.
 */
public final class FileEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    if (model instanceof HandlerModel.WatchedFile m) {
      return construct(RuntimeNames.WATCHED_FILE_HANDLER, ctx.text(m.filename()), m.mode(), ctx.charset(m.encoding()), m.delay());
    }
    HandlerModel.File m = (HandlerModel.File) model;
    return construct(RuntimeNames.FILE_HANDLER, ctx.text(m.filename()), m.mode(), ctx.charset(m.encoding()), m.delay());
  }

  private static CodeBlock construct(ClassName type, CodeBlock filename, String mode, CodeBlock charset, boolean delay) {
    return EmitContext.newHandler(type, filename, EmitContext.literal(mode), charset, EmitContext.literal(delay));
  }
}
