/**
 * Benchmarks: each scores one stage of Storyline on a public data set with the set's own metric,
 * beside the open-source tools people use for the same job, in one run on the same files. Not a
 * stage of the flow; it reads stages, nothing reads it but the command line.
 */
package dev.storyline.bench;
