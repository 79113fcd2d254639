/**
 * Serve: runs the pipeline (ingest, extract, enrich, code events, cluster, store, index), polls the
 * followed sources on their schedule, and offers the results through the command line, a REST API,
 * a server-rendered web UI and exports.
 *
 * <p>This is the only package that knows every stage; stages never import it.
 */
package dev.storyline.serve;
