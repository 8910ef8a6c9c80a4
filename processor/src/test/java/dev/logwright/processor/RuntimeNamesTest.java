package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.ClassName;
import dev.logwright.RecordAttribute;
import dev.logwright.processor.emit.RuntimeNames;
import dev.logwright.processor.validate.RecordAttributes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the processor's copies of runtime facts agree with the runtime: every class
 * {@link RuntimeNames} names exists, and {@link RecordAttributes} lists exactly the record
 * attributes, with getters that exist and the same caller-info attributes.
 */
class RuntimeNamesTest {
  @Test
  void everyRuntimeNameResolvesToAPublicRuntimeClass() throws Exception {
    List<String> checked = new ArrayList<>();
    List<ClassName> notGenerated = new ArrayList<>();
    for (HandlerKind k : HandlerKind.values()) {
      if (k.emitter() == null) {
        notGenerated.add(k.runtimeClass());
      }
    }
    for (Field f : RuntimeNames.class.getFields()) {
      ClassName name = (ClassName) f.get(null);
      if (notGenerated.contains(name)) {
        continue;
      }
      Class<?> type = Class.forName(name.reflectionName(), false, getClass().getClassLoader());
      assertWithMessage("%s is public", type).that(Modifier.isPublic(type.getModifiers())).isTrue();
      checked.add(name.simpleName());
    }
    assertThat(checked).contains("StreamHandler");
    assertThat(checked).contains("Placeholders");
  }

  @Test
  void recordAttributesMatchTheRuntimeTable() throws Exception {
    List<String> runtime = new ArrayList<>();
    for (RecordAttribute a : RecordAttribute.values()) {
      runtime.add(a.pythonName());
    }
    List<String> processor = new ArrayList<>();
    for (RecordAttributes.Attribute a : RecordAttributes.all()) {
      processor.add(a.name());
      assertWithMessage("%s is caller info", a.name())
          .that(a.callerInfo())
          .isEqualTo(RecordAttribute.forName(a.name()).isCallerInfo());
      Class<?> returned = dev.logwright.LogRecord.class.getMethod(a.getter()).getReturnType();
      boolean text = a.type() == RecordAttributes.Type.TEXT || a.type() == RecordAttributes.Type.NULLABLE_TEXT;
      if (text) {
        assertWithMessage(a.getter()).that(returned).isEqualTo(String.class);
      } else if (a.type() == RecordAttributes.Type.INTEGER) {
        assertWithMessage(a.getter()).that(List.of(int.class, long.class)).contains(returned);
      } else if (a.type() == RecordAttributes.Type.FLOAT) {
        assertWithMessage(a.getter()).that(returned).isEqualTo(double.class);
      }
    }
    assertThat(processor).containsExactlyElementsIn(runtime).inOrder();
  }
}
