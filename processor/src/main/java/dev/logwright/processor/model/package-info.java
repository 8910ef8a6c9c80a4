/**
 * The description of a pipeline, as records: what the validators produce and the emitters
 * consume. Free of {@code javax.lang.model} except {@link dev.logwright.processor.model.Origin},
 * so emitters can be tested from hand-built models.
 */
package dev.logwright.processor.model;
