/**
 * Every handler of Python's {@code logging.handlers}, one class each, with CPython's names,
 * constructor parameters (in order, with overloads for the defaults) and overridable hooks.
 *
 * <p>Each handler's {@code emit} catches its own failures and reports them through {@link
 * dev.logwright.Handler#handleError}; a logging call never throws because a handler failed.
 */
@NullMarked
package dev.logwright.handlers;

import org.jspecify.annotations.NullMarked;
