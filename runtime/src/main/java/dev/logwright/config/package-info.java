/**
 * Support for the pipelines the annotation processor generates: start-up placeholder resolution
 * and the few appends a compiled format needs. Public because generated code in user packages
 * calls it; not meant for direct use.
 */
@NullMarked
package dev.logwright.config;

import org.jspecify.annotations.NullMarked;
