/**
 * The Logwright annotation processor: {@link dev.logwright.processor.LogwrightProcessor} wires the
 * stages ({@code validate} → {@code model} → {@code emit}) and {@link
 * dev.logwright.processor.HandlerKind} lists the handler kinds.
 */
package dev.logwright.processor;
