-- What the crawler remembers: followed sources with their polling state and the items they listed,
-- the other addresses an article was found under, its near-duplicate fingerprint and its later texts.
-- Instants in these tables are ISO-8601 UTC with exactly nine fraction digits, so text order is time order.

-- V1's sources table was never written; a followed source is polled by URL, so its location is one.
ALTER TABLE sources RENAME COLUMN location TO url;
UPDATE sources SET kind = 'unknown' WHERE kind NOT IN ('feed', 'sitemap', 'page');
ALTER TABLE sources ADD COLUMN every_seconds INTEGER NOT NULL DEFAULT 3600;
ALTER TABLE sources ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;

CREATE TABLE source_state (
  source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  etag TEXT,
  last_modified TEXT,
  last_attempt TEXT,
  last_success TEXT,
  last_error TEXT,
  failures INTEGER NOT NULL,
  next_due TEXT                  -- null: due at once
);

CREATE TABLE source_items (
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  seen TEXT NOT NULL,            -- first seen
  PRIMARY KEY (source_id, url)
);
CREATE INDEX source_items_seen ON source_items(source_id, seen);

-- Addresses besides articles.url; an article's own url is not repeated here.
CREATE TABLE article_addresses (
  article_id TEXT NOT NULL REFERENCES articles(id),
  url TEXT NOT NULL,
  outlet TEXT,
  seen TEXT NOT NULL,
  PRIMARY KEY (article_id, url)
);
CREATE INDEX article_addresses_url ON article_addresses(url);
CREATE INDEX articles_url ON articles(url);

CREATE TABLE article_fingerprints (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  simhash INTEGER NOT NULL       -- 64-bit SimHash as a signed integer
);

-- Version 1 is the text first stored in articles, copied here once the article changes.
CREATE TABLE article_versions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  number INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  fetched TEXT NOT NULL,
  PRIMARY KEY (article_id, number),
  UNIQUE (article_id, content_hash)
);
CREATE INDEX article_versions_hash ON article_versions(content_hash);
