/**
 * The checks: one validator per handler kind and the shared ones (levels, formats, filters, hooks,
 * placeholders, references between handlers). Validators report problems and return models; they
 * never throw for a user's mistake.
 */
package dev.logwright.processor.validate;
