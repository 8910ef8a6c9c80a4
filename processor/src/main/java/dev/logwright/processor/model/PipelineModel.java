package dev.logwright.processor.model;

import java.util.List;

/**
 * Everything the emitter needs to write one pipeline: the interface's package and nested names,
 * the handlers in build order (every handler after the handlers it passes records to), the root
 * and the declared loggers, and the names of other abstract methods the class must implement
 * ({@code close}).
 */
public record PipelineModel(
    String packageName,
    List<String> interfaceNames,
    List<HandlerModel> handlers,
    LoggerModel root,
    List<LoggerModel> loggers,
    Origin origin) {
  /** Returns the generated class's simple name: {@code Outer_InnerPipeline}. */
  public String pipelineName() {
    return String.join("_", interfaceNames) + "Pipeline";
  }
}
