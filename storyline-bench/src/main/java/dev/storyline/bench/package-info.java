/**
 * Benchmarks: each scores one stage of Storyline on a public data set with the set's own metric, in
 * one run on the same files: extraction beside the open-source tools people use for the job, event
 * coding beside the cost of its parse alone. Not a stage of the flow; it reads stages, nothing reads
 * it but the command line.
 */
package dev.storyline.bench;
