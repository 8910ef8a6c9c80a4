package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.Text;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.net.ssl.SSLContext;

/**
 * {@code new SMTPHandler(mailhost, mailport, fromaddr, toaddrs, subject, credentials, tls,
 * timeout)} and {@code new HTTPHandler(host, url, method, secure, credentials, null)}; secrets are
 * resolved from placeholders at start-up, never written into the class.
 */
public final class MailEmitter implements HandlerEmitter {
  @Override
  public CodeBlock construct(HandlerModel model, EmitContext ctx) {
    if (model instanceof HandlerModel.Http m) {
      return EmitContext.newHandler(RuntimeNames.HTTP_HANDLER, ctx.text(m.host()), ctx.text(m.url()),
          EmitContext.literal(m.method()), EmitContext.literal(m.secure()),
          credentials(m.username(), m.password(), ctx), CodeBlock.of("null"));
    }
    HandlerModel.Smtp m = (HandlerModel.Smtp) model;
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock tls = CodeBlock.of("null");
    if (m.secure()) {
      code.addStatement("$T tls", SSLContext.class)
          .beginControlFlow("try")
          .addStatement("tls = $T.getDefault()", SSLContext.class)
          .nextControlFlow("catch ($T e)", NoSuchAlgorithmException.class)
          .addStatement("throw new $T($S, e)", IllegalStateException.class, "no default TLS context for STARTTLS")
          .endControlFlow();
      tls = CodeBlock.of("tls");
    }
    CodeBlock to = m.toaddrs().stream().map(ctx::text).collect(CodeBlock.joining(",$W"));
    return code.add(EmitContext.newHandler(RuntimeNames.SMTP_HANDLER, ctx.text(m.mailhost()),
            ctx.port(m.mailport()), ctx.text(m.fromaddr()), CodeBlock.of("$T.asList($L)", Arrays.class, to),
            ctx.text(m.subject()), credentials(m.username(), m.password(), ctx), tls, EmitContext.literal(m.timeout())))
        .build();
  }

  private static CodeBlock credentials(Text user, Text password, EmitContext ctx) {
    return user.raw().isEmpty()
        ? CodeBlock.of("null")
        : CodeBlock.of("new $T($L, $L)", RuntimeNames.CREDENTIALS, ctx.text(user), ctx.text(password));
  }
}
