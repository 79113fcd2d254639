/**
 * Page metadata: headline, authors, publication and change dates, outlet, from structured data
 * (JSON-LD, meta tags, microdata), markup ({@code <time>}, bylines), addresses and visible text,
 * each found value tagged with its evidence and a confidence.
 */
package dev.storyline.extract.meta;
