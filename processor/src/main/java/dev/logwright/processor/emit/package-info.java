/**
 * Writes the pipeline class with JavaPoet: one emitter per handler kind, the compiled formatters,
 * the lifecycle methods. Every runtime type named comes from {@link dev.logwright.processor.emit.RuntimeNames}.
 */
package dev.logwright.processor.emit;
