package dev.logwright.benchmarks;

/** How a framework is wired to the rotating file. */
public enum Variant {
  /** Records collect in a buffer; the file sees a write when the buffer fills. */
  BUFFERED,
  /** Every record reaches the file before the call returns, as Python's default. */
  FLUSH,
  /** The caller hands the record to a queue; a background thread writes it (buffered). */
  ASYNC;

  /** The lower-case name, as used in configuration file names and result tables. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
