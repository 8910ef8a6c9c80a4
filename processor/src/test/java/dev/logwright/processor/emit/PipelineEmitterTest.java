package dev.logwright.processor.emit;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.processor.model.FormatModel;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.LoggerModel;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.model.PipelineModel;
import dev.logwright.processor.model.Text;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Verifies the emitter from hand-built models, without a compiler in the loop. */
class PipelineEmitterTest {
  private static final Origin NOWHERE = new Origin(null, null, null);

  private static HandlerCommon common(String method, FormatModel format) {
    return new HandlerCommon(method, "dev.logwright.Handler", OptionalInt.empty(), format, List.of(), NOWHERE);
  }

  private static PipelineModel model() {
    HandlerModel file = new HandlerModel.File(common("file", null), new Text("${DIR}/a.log"), "a", "", false);
    HandlerModel memory = new HandlerModel.Memory(common("buffer", null), 10, 40, "file", true);
    HandlerModel queue = new HandlerModel.Queue(common("background", null), List.of("buffer"), false, 5, "WAIT");
    // Build order as the validator would give it: targets first.
    return new PipelineModel("p", List.of("Outer", "Config"), List.of(file, memory, queue),
        new LoggerModel("", "", OptionalInt.of(20), List.of("background"), true), List.of(), NOWHERE);
  }

  @Test
  void buildsInModelOrderAndClosesInReverseAfterStoppingListeners() {
    String source = new PipelineEmitter(model(), false).emit().toString();
    assertThat(source).contains("public final class Outer_ConfigPipeline implements Outer.Config, AutoCloseable");
    assertThat(source.indexOf("this.file = newFile();")).isLessThan(source.indexOf("this.buffer = newBuffer();"));
    assertThat(source.indexOf("this.buffer = newBuffer();")).isLessThan(source.indexOf("this.background = newBackground();"));
    int stop = source.indexOf("first = PipelineSupport.stop(first, backgroundListener);");
    assertThat(stop).isGreaterThan(0);
    assertThat(stop).isLessThan(source.indexOf("first = PipelineSupport.close(first, background);"));
    assertThat(source.indexOf("first = PipelineSupport.close(first, background);")).isLessThan(source.indexOf("first = PipelineSupport.close(first, buffer);"));
    assertThat(source.indexOf("first = PipelineSupport.close(first, buffer);")).isLessThan(source.indexOf("first = PipelineSupport.close(first, file);"));
    assertThat(source).contains("new MemoryHandler(10, Level.ERROR, this.file, true)");
    assertThat(source).contains("RecordRingBuffer queue = new RecordRingBuffer(5, RecordRingBuffer.WhenFull.WAIT);");
    assertThat(source).contains("handler.setListener(this.backgroundListener);");
    assertThat(source).contains("Placeholders.resolve(\"${DIR}/a.log\")");
    assertThat(source).doesNotContain("@Generated");
  }

  @Test
  void compilesAFormatIntoAppends() {
    FormatModel format = new FormatModel("%(name)s|%(levelno)03d", "", '%', List.of(
        FormatModel.Field.str("name"), new FormatModel.Literal("|"), new FormatModel.Field("levelno", 'd', "0", 3, -1)));
    String source = FormatterEmitter.emit("NameFormat", format).toString();
    assertThat(source).contains("out.append(record.getName());");
    assertThat(source).contains("out.append('|');");
    assertThat(source).contains("FormatSupport.appendInt(out, record.getLevelno(), 3, false, true);");
    assertThat(source).doesNotContain("setAsctime");
    assertThat(source).doesNotContain("markAsctime");
  }
}
