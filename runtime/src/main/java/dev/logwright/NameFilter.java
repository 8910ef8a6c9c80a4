package dev.logwright;

/** Python's {@code logging.Filter(name)}; see {@link Filter#named(String)}. */
final class NameFilter implements Filter {
  private final String name;

  NameFilter(String name) {
    this.name = name;
  }

  @Override
  public boolean filter(LogRecord record) {
    if (name.isEmpty()) {
      return true;
    }
    String recordName = record.getName();
    if (name.equals(recordName)) {
      return true;
    }
    return recordName.startsWith(name) && recordName.length() > name.length()
        && recordName.charAt(name.length()) == '.';
  }

  @Override
  public String toString() {
    return "Filter(" + name + ")";
  }
}
