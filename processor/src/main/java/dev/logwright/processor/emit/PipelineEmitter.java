package dev.logwright.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.logwright.processor.HandlerKind;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.LoggerModel;
import dev.logwright.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Interface>Pipeline}: one final field and one build method per handler, in
 * build order; {@code create()}, {@code install()}, the handler and logger methods, and {@code
 * close()}.
 */
public final class PipelineEmitter {
  static final String PROCESSOR = "dev.logwright.processor.LogwrightProcessor";

  private final PipelineModel model;
  private final ClassName pipeline;
  private final ClassName configInterface;
  private final EmitContext ctx;
  private final boolean generatedAvailable;

  /** {@code generatedAvailable}: whether {@code javax.annotation.processing.Generated} resolves. */
  public PipelineEmitter(PipelineModel model, boolean generatedAvailable) {
    this.model = model;
    this.pipeline = ClassName.get(model.packageName(), model.pipelineName());
    List<String> names = model.interfaceNames();
    this.configInterface = ClassName.get(model.packageName(), names.get(0),
        names.subList(1, names.size()).toArray(new String[0]));
    this.ctx = new EmitContext(configInterface);
    this.generatedAvailable = generatedAvailable;
  }

  /** Returns the source file. */
  public JavaFile emit() {
    TypeSpec.Builder type = TypeSpec.classBuilder(pipeline);
    if (model.origin() != null && model.origin().element() != null) {
      // Incremental builds (Gradle's isolating mode) tie the file to its interface.
      type.addOriginatingElement(model.origin().element());
    }
    type.addJavadoc("The pipeline configured by {@link $T}: builds its handlers, installs them, closes them.\n",
            configInterface)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(configInterface)
        .addSuperinterface(AutoCloseable.class);
    addGenerated(type);
    addFields(type);
    addConstructor(type);
    LifecycleEmitter lifecycle = new LifecycleEmitter(model, pipeline);
    type.addMethod(createMethod());
    lifecycle.addPublicMethods(type);
    addHandlerMethods(type);
    addLoggerMethods(type);
    addBuildMethods(type);
    lifecycle.addHelpers(type);
    addFormatters(type);
    return JavaFile.builder(model.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private MethodSpec createMethod() {
    MethodSpec.Builder create = MethodSpec.methodBuilder("create")
        .addJavadoc("Builds every handler, targets before the handlers that use them.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(pipeline);
    if (model.handlers().stream().anyMatch(h -> h.common().format() != null && h.common().format().usesTime())) {
      // Before anything else, so that reading the zone overlaps with all of the building.
      create.addStatement("$T.prefetchDefaultZone()", RuntimeNames.FORMAT_SUPPORT);
    }
    return create.addStatement("return new $T()", pipeline).build();
  }

  private void addGenerated(TypeSpec.Builder type) {
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", PROCESSOR)
          .build());
    }
  }

  private void addFields(TypeSpec.Builder type) {
    for (HandlerModel h : model.handlers()) {
      HandlerKind kind = HandlerKind.of(h);
      type.addField(kind.runtimeClass(), h.common().method(), Modifier.PRIVATE, Modifier.FINAL);
      if (h instanceof HandlerModel.Queue q) {
        // Set while the handler is built, read by close() on any thread.
        type.addField(FieldSpec.builder(RuntimeNames.QUEUE_LISTENER, QueueEmitter.listenerField(q), Modifier.PRIVATE,
            Modifier.VOLATILE).build());
      }
    }
    type.addField(FieldSpec.builder(RuntimeNames.MANAGER, "manager", Modifier.PRIVATE, Modifier.VOLATILE)
        .initializer("$T.global()", RuntimeNames.MANAGER).build());
    type.addField(boolean.class, "installed", Modifier.PRIVATE);
    type.addField(boolean.class, "closed", Modifier.PRIVATE);
  }

  private void addConstructor(TypeSpec.Builder type) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("try");
    for (HandlerModel h : model.handlers()) {
      String method = h.common().method();
      body.addStatement("this.$N = $N()", method, buildMethodName(method));
    }
    body.nextControlFlow("catch ($T e)", RuntimeException.class)
        .add("// Close what was built before the failure, so no file or socket leaks.\n")
        .addStatement("closeAll(e)")
        .addStatement("throw e")
        .endControlFlow();
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addCode(body.build()).build());
  }

  private void addBuildMethods(TypeSpec.Builder type) {
    for (HandlerModel h : model.handlers()) {
      type.addMethod(new HandlerBuildEmitter(h, ctx).method(buildMethodName(h.common().method())));
    }
  }

  private void addFormatters(TypeSpec.Builder type) {
    for (HandlerModel h : model.handlers()) {
      if (h.common().format() != null) {
        type.addType(FormatterEmitter.emit(FormatterEmitter.className(h.common().method()), h.common().format()));
      }
    }
  }

  static String buildMethodName(String method) {
    return "new" + Character.toUpperCase(method.charAt(0)) + method.substring(1);
  }

  private void addHandlerMethods(TypeSpec.Builder type) {
    for (HandlerModel h : model.handlers()) {
      type.addMethod(MethodSpec.methodBuilder(h.common().method())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(ClassName.bestGuess(h.common().returnType()))
          .addStatement("return $N", h.common().method())
          .build());
    }
  }

  private void addLoggerMethods(TypeSpec.Builder type) {
    List<LoggerModel> loggers = new ArrayList<>(model.loggers());
    for (LoggerModel l : loggers) {
      type.addMethod(MethodSpec.methodBuilder(l.method())
          .addJavadoc("Returns the logger $S of the hierarchy the pipeline is installed in.\n", l.name())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(RuntimeNames.LOGGER)
          .addStatement("return manager.getLogger($S)", l.name())
          .build());
    }
  }
}
