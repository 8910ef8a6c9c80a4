/**
 * The core of Logwright: {@link dev.logwright.Level levels}, {@link dev.logwright.LogRecord
 * records}, {@link dev.logwright.Formatter formatters}, {@link dev.logwright.Filter filters},
 * {@link dev.logwright.Handler handlers} and the {@link dev.logwright.Logger logger} hierarchy,
 * with the semantics of CPython's {@code logging} module.
 *
 * <p>Names follow Python's in Java casing: {@code exc_text} is {@code excText}, {@code
 * getEffectiveLevel} keeps its name. Where Python uses the exception being handled implicitly
 * ({@code sys.exc_info()}), Java passes the {@link java.lang.Throwable} explicitly.
 */
@NullMarked
package dev.logwright;

import org.jspecify.annotations.NullMarked;
