package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import dev.logwright.processor.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@code @ToSmtp}: host, sender, at least one recipient, a positive timeout, and
 * credentials only as placeholders and only over STARTTLS.
 */
public final class SmtpValidator implements HandlerValidator {
  @Override
  public Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx) {
    Text mailhost = Checks.host(attrs, "mailhost", ctx);
    Text from = Checks.text(attrs, "fromaddr", ctx);
    Text subject = Checks.text(attrs, "subject", ctx);
    Text user = Checks.text(attrs, "username", ctx);
    Text password = Checks.text(attrs, "password", ctx);
    boolean ok = mailhost != null & from != null & subject != null & user != null & password != null;
    List<Text> to = new ArrayList<>();
    List<String> raw = attrs.strings("toaddrs");
    if (raw.isEmpty()) {
      ctx.report(Problem.EMPTY_VALUE, attrs.origin("toaddrs"), "toaddrs", "give at least one recipient address");
      ok = false;
    }
    for (int i = 0; i < raw.size(); i++) {
      Text t = PlaceholderValidator.check(raw.get(i), attrs.origin("toaddrs", i), ctx);
      ok &= t != null;
      to.add(t);
    }
    if (!(attrs.doubleValue("timeout") > 0)) {
      ctx.report(Problem.NOT_POSITIVE, attrs.origin("timeout"), "timeout", attrs.doubleValue("timeout"), "give seconds, e.g. 5.0");
      ok = false;
    }
    ok &= Checks.credentials(attrs, "SMTP without STARTTLS", ctx);
    Text port = new Text("0");
    if (mailhost != null && port(mailhost.raw()) > 65535) {
      ctx.report(Problem.BAD_PORT, attrs.origin("mailhost"), port(mailhost.raw()));
      ok = false;
    } else if (mailhost != null && Checks.hostAndPort(mailhost.raw()) != null) {
      Text[] parts = Checks.hostAndPort(mailhost.raw());
      mailhost = parts[0];
      port = parts[1];
    }
    return ok
        ? Optional.of(new HandlerModel.Smtp(common, mailhost, port, from, List.copyOf(to), subject, user, password,
            attrs.bool("secure"), attrs.doubleValue("timeout")))
        : Optional.empty();
  }

  /** Returns the port of a {@code host:port} mailhost, or 0 when it names none. */
  private static int port(String mailhost) {
    int colon = mailhost.lastIndexOf(':');
    String digits = colon > 0 ? mailhost.substring(colon + 1) : "";
    return digits.matches("[0-9]{1,5}") ? Integer.parseInt(digits) : 0;
  }
}
