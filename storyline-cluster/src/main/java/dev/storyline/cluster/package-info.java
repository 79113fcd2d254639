/**
 * Cluster into stories: decides which articles report the same real-world event (text similarity,
 * shared actors and entities, dates) and builds each story's title, extractive summary, merged events,
 * actors, topics and time span.
 */
package dev.storyline.cluster;
