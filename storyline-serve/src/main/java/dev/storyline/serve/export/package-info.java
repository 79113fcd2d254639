/**
 * Exports: stored events written out whole for other tools, as GDELT 2.0's 61-column event table,
 * as CSV with a header, or as JSON lines.
 */
package dev.storyline.serve.export;
