/**
 * The {@code storyline} command line: one picocli command class per subcommand, and what they share
 * (the data-folder base, crawl options, the progress bar, JSON-lines input).
 */
package dev.storyline.serve.cli;
