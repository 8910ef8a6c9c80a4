package dev.logwright.examples;

import dev.logwright.Level;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.handlers.StreamHandler;

/** Runs every example in turn; the README's main-job command starts here. */
public final class RunAll {
  private RunAll() {}

  public static void main(String[] args) throws Exception {
    Manager manager = new Manager();
    Logger log = manager.getLogger("examples");
    log.setLevel(Level.INFO);
    StreamHandler console = new StreamHandler(System.out);
    log.addHandler(console);
    log.info("Logwright examples: %d to run", 0);
    console.close();
    dev.logwright.examples.files.FilesExample.main(args);
    dev.logwright.examples.console.ConsoleExample.main(args);
    dev.logwright.examples.timed.TimedExample.main(args);
    dev.logwright.examples.syslog.SyslogExample.main(args);
    dev.logwright.examples.buffering.BufferingExample.main(args);
    dev.logwright.examples.remote.RemoteExample.main(args);
    dev.logwright.examples.typed.TypedExample.main(args);
  }
}
