/** The catalogue of diagnostics ({@link Problem}) and the {@link Reporter} that places them. */
package dev.logwright.processor.diag;
