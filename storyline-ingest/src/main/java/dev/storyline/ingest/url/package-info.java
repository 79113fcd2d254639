/** Addresses: the one canonical spelling of an article's URL, so that one page is one address. */
package dev.storyline.ingest.url;
