package dev.storyline.serve.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output and error go to a terminal a person watches. */
final class Terminals {

  private Terminals() {}

  static boolean isTerminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    // From Java 22 on, console() may exist without a terminal; isTerminal() tells, where it exists.
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
