/**
 * Implementation details shared by the runtime: Python's {@code %} operator, {@code repr},
 * {@code strftime}, the error report, clocks and process facts. Not API: anything here may
 * change without notice.
 */
@NullMarked
package dev.logwright.internal;

import org.jspecify.annotations.NullMarked;
