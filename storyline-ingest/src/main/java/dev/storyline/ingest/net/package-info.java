/**
 * Fetching over HTTP as a guest: addresses vetted against server-side request forgery, robots.txt
 * obeyed, one polite connection per host, redirects, decompression and whole responses bounded.
 */
package dev.storyline.ingest.net;
