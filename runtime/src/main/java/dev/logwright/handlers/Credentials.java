package dev.logwright.handlers;

/**
 * A user name and password, the {@code (username, password)} pair that Python's {@code
 * HTTPHandler} and {@code SMTPHandler} take as {@code credentials}. {@link #toString()} hides
 * the password, so that credentials never reach a log or an error report.
 */
public final class Credentials {
  private final String username;
  private final String password;

  /**
   * @throws NullPointerException if either part is {@code null}
   */
  public Credentials(String username, String password) {
    if (username == null) {
      throw new NullPointerException("username == null");
    }
    if (password == null) {
      throw new NullPointerException("password == null");
    }
    this.username = username;
    this.password = password;
  }

  public String getUsername() {
    return username;
  }

  public String getPassword() {
    return password;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credentials
        && ((Credentials) o).username.equals(username)
        && ((Credentials) o).password.equals(password);
  }

  @Override
  public int hashCode() {
    return username.hashCode() * 31 + password.hashCode();
  }

  @Override
  public String toString() {
    return "Credentials(" + username + ", ***)";
  }
}
