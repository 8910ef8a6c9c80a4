package dev.logwright.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.logwright.processor.model.FormatModel;
import dev.logwright.processor.model.FormatModel.Field;
import dev.logwright.processor.model.FormatModel.Literal;
import dev.logwright.processor.model.FormatModel.Part;
import dev.logwright.processor.model.FormatModel.SpecField;
import dev.logwright.processor.validate.RecordAttributes;
import dev.logwright.processor.validate.RecordAttributes.Attribute;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@code Formatter} subclass whose {@code format} appends the parts of a format parsed
 * at compile time, one statement each, then the exception and stack text as {@code Formatter}
 * does. Nothing is parsed at run time.
 */
public final class FormatterEmitter {
  private FormatterEmitter() {}

  /** Returns the nested class {@code name} compiled from {@code format}. */
  public static TypeSpec emit(String name, FormatModel format) {
    CodeBlock datefmt = format.datefmt().isEmpty() ? CodeBlock.of("null") : CodeBlock.of("$S", format.datefmt());
    // The compiled-format constructor: the runtime parses the format only if asked for Python's
    // step-by-step methods, so a program that just logs loads none of the format parser.
    CodeBlock superCall = CodeBlock.of("super($S, $L, '$L', $L)", format.format(), datefmt, format.style(),
        format.uses(RecordAttributes::isCallerInfo));
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("$L", "Compiled from \"" + format.format().replace("*/", "*&#47;") + "\".\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(RuntimeNames.FORMATTER);
    int specs = 0;
    for (Part part : format.parts()) {
      if (part instanceof SpecField s) {
        type.addField(FieldSpec.builder(RuntimeNames.COMPILED_SPEC, specName(specs++), Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($S)", RuntimeNames.COMPILED_SPEC, s.spec())
            .build());
      }
    }
    return type.addMethod(MethodSpec.constructorBuilder().addStatement(superCall).build())
        .addMethod(formatMethod(format))
        .addMethod(threadSafeMethod())
        .build();
  }

  // The generated format keeps no state: handlers may format with it before taking their lock.
  private static MethodSpec threadSafeMethod() {
    return MethodSpec.methodBuilder("isThreadSafe")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return true")
        .build();
  }

  private static MethodSpec formatMethod(FormatModel format) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("format")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeNames.LOG_RECORD, "record")
        .addParameter(StringBuilder.class, "out")
        .addStatement("int start = out.length()");
    // As Python's format: record.message and asctime are set (lazily, so nothing is allocated);
    // a format without the message still merges it now, so a bad message fails here.
    if (format.usesMessage()) {
      m.addStatement("record.markMessageMerged()");
    } else {
      m.addStatement("record.setMessageAttribute(record.getMessage())");
    }
    if (format.usesTime()) {
      m.addStatement("record.markAsctime(this)");
    }
    boolean marked = false;
    int specs = 0;
    for (Part part : format.parts()) {
      if (part instanceof SpecField s) {
        m.addCode(appendSpec(s, specName(specs++)));
        continue;
      }
      if (part instanceof Field f && f.isSimple() && f.conversion() == 's' && f.width() > 0) {
        m.addStatement(marked ? "mark = out.length()" : "int mark = out.length()");
        marked = true;
      }
      m.addCode(append(part));
    }
    return m.addStatement("$T.appendTail(this, record, out, start)", RuntimeNames.FORMAT_SUPPORT).build();
  }

  private static CodeBlock append(Part part) {
    if (part instanceof Literal l) {
      return l.text().length() == 1
          ? CodeBlock.builder().addStatement("out.append($L)", charLiteral(l.text().charAt(0))).build()
          : CodeBlock.builder().addStatement("out.append($S)", l.text()).build();
    }
    Field f = (Field) part;
    Attribute a = RecordAttributes.get(f.attribute());
    if (f.isSimple() && f.conversion() == 's' && f.attribute().equals("message")) {
      return appendPadded(f, CodeBlock.of("record.appendMessage(out)"));
    }
    if (f.isSimple() && f.conversion() == 's' && f.attribute().equals("asctime")) {
      return appendPadded(f, CodeBlock.of("appendAsctime(record, out)"));
    }
    if (!f.isSimple()) {
      return convert(f, a);
    }
    return f.conversion() == 'd' ? appendInt(f, a) : appendStr(f, a);
  }

  /** Any other conversion, through the runtime's {@code %} conversions with constant arguments. */
  private static CodeBlock convert(Field f, Attribute a) {
    String method = switch (typeOf(a)) {
      case INTEGER -> "convertLong";
      case FLOAT -> "convertDouble";
      default -> "convert";
    };
    return CodeBlock.builder()
        .addStatement("$T.$N(out, record.$N(), $L, $L, $L, '$L')", RuntimeNames.FORMAT_SUPPORT, method, a.getter(),
            flags(f.flags()), f.width(), f.precision(), f.conversion())
        .build();
  }

  private static CodeBlock flags(String flags) {
    if (flags.isEmpty()) {
      return CodeBlock.of("0");
    }
    return "-+ #0".chars().filter(c -> flags.indexOf(c) >= 0)
        .mapToObj(c -> CodeBlock.of("$T.$L", RuntimeNames.FORMAT_SUPPORT, flagName((char) c)))
        .collect(CodeBlock.joining(" | "));
  }

  private static String flagName(char flag) {
    switch (flag) {
      case '-': return "MINUS";
      case '+': return "PLUS";
      case ' ': return "SPACE";
      case '#': return "ALT";
      default: return "ZERO";
    }
  }

  private static String specName(int index) {
    return "SPEC_" + index;
  }

  /**
   * The type to print an attribute as: {@code message} and {@code asctime} are set just before
   * the appends, so they are never null there.
   */
  private static RecordAttributes.Type typeOf(Attribute a) {
    return a.name().equals("message") || a.name().equals("asctime") ? RecordAttributes.Type.TEXT : a.type();
  }

  private static CodeBlock appendSpec(SpecField s, String spec) {
    Attribute a = RecordAttributes.get(s.attribute());
    if (s.conversion() != FormatModel.NO_CONVERSION) {
      return CodeBlock.builder().addStatement("$N.appendString(out, $T.converted(record.$N(), '$L'))", spec,
          RuntimeNames.FORMAT_SUPPORT, a.getter(), s.conversion()).build();
    }
    String method = switch (typeOf(a)) {
      case TEXT -> "appendString";
      case INTEGER -> "appendLong";
      case FLOAT -> "appendFloat";
      default -> "append";
    };
    return CodeBlock.builder().addStatement("$N.$N(out, record.$N())", spec, method, a.getter()).build();
  }

  private static CodeBlock appendStr(Field f, Attribute a) {
    CodeBlock value = CodeBlock.of("record.$N()", a.getter());
    CodeBlock.Builder code = CodeBlock.builder();
    switch (typeOf(a)) {
      case TEXT, INTEGER -> code.addStatement("out.append($L)", value);
      case FLOAT -> code.addStatement("$T.appendFloat(out, $L)", RuntimeNames.FORMAT_SUPPORT, value);
      default -> code.addStatement("$T.appendStr(out, $L)", RuntimeNames.FORMAT_SUPPORT, value);
    }
    if (f.width() > 0) {
      code.addStatement("$T.padFrom(out, mark, $L, $L)", RuntimeNames.FORMAT_SUPPORT, f.width(), f.leftAlign());
    }
    return code.build();
  }

  /** The message and {@code asctime} are appended straight from the record, never as strings. */
  private static CodeBlock appendPadded(Field f, CodeBlock append) {
    CodeBlock.Builder code = CodeBlock.builder().addStatement(append);
    if (f.width() > 0) {
      code.addStatement("$T.padFrom(out, mark, $L, $L)", RuntimeNames.FORMAT_SUPPORT, f.width(), f.leftAlign());
    }
    return code.build();
  }

  private static CodeBlock appendInt(Field f, Attribute a) {
    CodeBlock value = a.type() == RecordAttributes.Type.FLOAT
        ? CodeBlock.of("(long) record.$N()", a.getter())
        : CodeBlock.of("record.$N()", a.getter());
    if (f.width() <= 0) {
      return CodeBlock.builder().addStatement("out.append($L)", value).build();
    }
    return CodeBlock.builder()
        .addStatement("$T.appendInt(out, $L, $L, $L, $L)", RuntimeNames.FORMAT_SUPPORT, value, f.width(),
            f.leftAlign(), f.zeroPad())
        .build();
  }

  private static String charLiteral(char c) {
    switch (c) {
      case '\'': return "'\\''";
      case '\\': return "'\\\\'";
      case '\n': return "'\\n'";
      case '\t': return "'\\t'";
      case '\r': return "'\\r'";
      default:
        return c < 0x20 || c > 0x7e ? String.format("'\\u%04x'", (int) c) : "'" + c + "'";
    }
  }

  /** Returns the nested class name for handler method {@code method}: {@code console} → {@code ConsoleFormat}. */
  public static String className(String method) {
    return Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Format";
  }
}
