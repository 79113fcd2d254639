/**
 * The web UI and REST API: server-rendered pages (Javalin with jte templates) for stories, search,
 * replies, article versions and source health, and JSON endpoints under {@code /api}.
 */
package dev.storyline.serve.web;
