/**
 * Start-up programs: each configures one framework's rotating file in the directory named by its
 * first argument, logs one line and exits; {@code startup.py} times whole processes, with {@link
 * dev.logwright.benchmarks.startup.EmptyMain} as the floor.
 */
package dev.logwright.benchmarks.startup;
