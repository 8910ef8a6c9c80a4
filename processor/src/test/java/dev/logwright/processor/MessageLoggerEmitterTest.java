package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.typed.MessageFormat;
import dev.logwright.processor.typed.MessageLoggerEmitter;
import dev.logwright.processor.typed.MessageLoggerModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies the typed-logger emitter from hand-built models, without a compiler. */
class MessageLoggerEmitterTest {
  private static String emit(MessageLoggerModel.Method... methods) {
    MessageLoggerModel model = new MessageLoggerModel("p", List.of("Log"), "x.y", List.of(methods), Origin.of(null));
    return new MessageLoggerEmitter(model, false).emit().toString();
  }

  @Test
  void parametersNamedLikeTheLocalsGetOtherLocalNames() throws Exception {
    String format = "%s=%c%d";
    String source = emit(new MessageLoggerModel.Method("pair", 25, format,
        List.of(new MessageLoggerModel.Parameter("message", ClassName.get(String.class)),
            new MessageLoggerModel.Parameter("error", TypeName.CHAR),
            new MessageLoggerModel.Parameter("buffer", TypeName.INT),
            new MessageLoggerModel.Parameter("cause", ClassName.get(Throwable.class))),
        3, true, MessageFormat.parse(format)));
    assertThat(source).contains("public void pair(String message, char error, int buffer, Throwable cause)");
    assertThat(source).contains("if (!this.logger.isEnabledFor(25))");
    assertThat(source).contains("TypedMessages.Buffer buffer_ = TypedMessages.acquire();");
    assertThat(source).contains("StringBuilder message_ = buffer_.text();");
    assertThat(source).contains("message_.append(buffer);");
    assertThat(source).contains("buffer_.release();");
    assertThat(source).contains("TypedMessages.append(message_, error, 0, -1, -1, 'c');");
    assertThat(source).contains("catch (RuntimeException error_)");
    assertThat(source).contains("this.logger.log(25, \"%s=%c%d\", new Object[] {message, error, buffer}, cause, false, 2, null);");
    assertThat(source).contains("this.logger.logMessage(25, buffer_, cause, 2);");
    assertThat(source).doesNotContain("@Generated");
  }

  @Test
  void aMethodWithoutArgumentsLogsItsMessageAsWritten() {
    String source = emit(new MessageLoggerModel.Method("done", 50, "100%",
        List.of(), 0, false, List.of()));
    assertThat(source).contains("if (!this.logger.isEnabledFor(Level.CRITICAL))");
    assertThat(source).contains("this.logger.logMessage(Level.CRITICAL, \"100%\", null, 2);");
    assertThat(source).doesNotContain("acquire");
  }
}
