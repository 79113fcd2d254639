/** The {@code storyline} command line: one picocli command class per subcommand. */
package dev.storyline.serve.cli;
