/**
 * Serve: runs the pipeline (ingest, extract, enrich, code events, cluster, store, index) and offers
 * its results through the command line, a REST API and a server-rendered web UI.
 *
 * <p>This is the only package that knows every stage; stages never import it.
 */
package dev.storyline.serve;
