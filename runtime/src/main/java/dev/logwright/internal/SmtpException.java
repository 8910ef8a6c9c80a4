package dev.logwright.internal;

import java.io.IOException;

/** The SMTP server answered something the session cannot go on from, or broke the protocol. */
public final class SmtpException extends IOException {
  private static final long serialVersionUID = 1L;

  SmtpException(String message) {
    super(message);
  }

  SmtpException(SmtpReply reply, String after) {
    super(after + " failed: " + reply);
  }
}
