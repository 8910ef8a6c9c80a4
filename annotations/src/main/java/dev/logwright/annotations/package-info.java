/**
 * The annotations of a Logwright configuration interface: one per handler of Python's {@code
 * logging.handlers}, plus the shared ones (level, format, filters, namer, rotator) and the
 * logger declarations. The annotation processor reads them at compile time; they carry no
 * logic and are not retained at run time.
 */
package dev.logwright.annotations;
