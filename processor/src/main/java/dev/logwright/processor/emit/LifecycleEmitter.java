package dev.logwright.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.LoggerModel;
import dev.logwright.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code install()}, {@code install(Manager)}, {@code close()} and the helpers that close
 * many handlers: stop queue listeners first (they drain their queues into handlers that are
 * still open), then close handlers in reverse build order, keep going on failure, and rethrow
 * the first failure with the later ones suppressed.
 */
final class LifecycleEmitter {
  private final PipelineModel model;
  private final ClassName pipeline;

  LifecycleEmitter(PipelineModel model, ClassName pipeline) {
    this.model = model;
    this.pipeline = pipeline;
  }

  /** Adds {@code install()}, {@code install(Manager)} and {@code close()}. */
  void addPublicMethods(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("install")
        .addJavadoc("Installs the pipeline in the global logger hierarchy; see {@link #install($T)}.\n",
            RuntimeNames.MANAGER)
        .addModifiers(Modifier.PUBLIC)
        .returns(pipeline)
        .addStatement("return install($T.global())", RuntimeNames.MANAGER)
        .build());
    type.addMethod(install());
    type.addMethod(close());
  }

  /** Adds the private helper {@code close()} and a failed build use. */
  void addHelpers(TypeSpec.Builder type) {
    type.addMethod(closeAll());
  }



  private List<LoggerModel> allLoggers() {
    List<LoggerModel> all = new ArrayList<>();
    all.add(model.root());
    all.addAll(model.loggers());
    return all;
  }

  private MethodSpec install() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("install")
        .addJavadoc("Sets the level of the root and of each declared logger of {@code manager}'s hierarchy and\n"
            + "attaches their handlers. Once only: {@link #close()} detaches them again.\n"
            + "\n@return this pipeline\n@throws IllegalStateException if already installed or closed\n")
        .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
        .addParameter(RuntimeNames.MANAGER, "manager")
        .returns(pipeline)
        .beginControlFlow("if (installed || closed)")
        .addStatement("throw new $T(installed ? $S : $S)", IllegalStateException.class,
            "pipeline already installed", "pipeline closed")
        .endControlFlow()
        .addStatement("this.manager = manager");
    for (LoggerModel l : allLoggers()) {
      String var = loggerVariable(l);
      if (l.isRoot()) {
        m.addStatement("$T $N = manager.getRoot()", RuntimeNames.LOGGER, var);
      } else {
        m.addStatement("$T $N = manager.getLogger($S)", RuntimeNames.LOGGER, var, l.name());
      }
      if (l.level().isPresent()) {
        m.addStatement("$N.setLevel($L)", var, LevelNames.expression(l.level().getAsInt()));
      }
      if (!l.propagate()) {
        m.addStatement("$N.setPropagate(false)", var);
      }
      for (String h : l.handlers()) {
        m.addStatement("$N.addHandler($N)", var, h);
      }
    }
    return m.addStatement("installed = true").addStatement("return this").build();
  }

  private static String loggerVariable(LoggerModel l) {
    return l.isRoot() ? "root" : l.method() + "Logger";
  }

  private MethodSpec close() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("close")
        .addJavadoc("Detaches the handlers from the loggers, stops queue listeners (draining their queues), then\n"
            + "closes every handler in reverse build order. Only the first call does anything.\n"
            + "\n@throws RuntimeException the first failure, with later ones suppressed\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
        .beginControlFlow("if (closed)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("closed = true");
    CodeBlock.Builder detach = CodeBlock.builder();
    for (LoggerModel l : allLoggers()) {
      for (String h : l.handlers()) {
        if (l.isRoot()) {
          detach.addStatement("manager.getRoot().removeHandler($N)", h);
        } else {
          detach.addStatement("manager.getLogger($S).removeHandler($N)", l.name(), h);
        }
      }
    }
    if (!detach.isEmpty()) {
      m.beginControlFlow("if (installed)").addCode(detach.build()).endControlFlow();
    }
    return m.addStatement("$T failure = closeAll(null)", RuntimeException.class)
        .beginControlFlow("if (failure != null)")
        .addStatement("throw failure")
        .endControlFlow()
        .build();
  }

  private MethodSpec closeAll() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("closeAll")
        .addJavadoc("Stops and closes whatever has been built; returns {@code failure} or the first new failure.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(RuntimeException.class, "failure")
        .returns(RuntimeException.class)
        .addStatement("$T first = failure", RuntimeException.class);
    for (HandlerModel h : model.handlers()) {
      if (h instanceof HandlerModel.Queue q) {
        String listener = QueueEmitter.listenerField(q);
        m.addStatement("first = $T.stop(first, $N)", RuntimeNames.PIPELINE_SUPPORT, listener);
      }
    }
    List<HandlerModel> reversed = new ArrayList<>(model.handlers());
    Collections.reverse(reversed);
    for (HandlerModel h : reversed) {
      m.addStatement("first = $T.close(first, $N)", RuntimeNames.PIPELINE_SUPPORT, h.common().method());
    }
    return m.addStatement("return first").build();
  }
}
