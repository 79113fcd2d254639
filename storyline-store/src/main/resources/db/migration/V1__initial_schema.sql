-- Storyline's system of record. Lists and nested values that are always read whole are JSON text;
-- values that queries filter on are columns.

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,            -- file, feed, sitemap, page, warc
  location TEXT NOT NULL UNIQUE, -- path or URL
  name TEXT,
  added_at TEXT NOT NULL
);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  actors TEXT NOT NULL,          -- JSON array of actors, most mentioned first
  topics TEXT NOT NULL,          -- JSON array of topic keys
  updated_at TEXT NOT NULL
);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  story_id TEXT NOT NULL REFERENCES stories(id),
  url TEXT,
  origin TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  authors TEXT NOT NULL,         -- JSON array
  outlet TEXT,
  published TEXT,
  language TEXT,
  seen TEXT NOT NULL,
  tone REAL NOT NULL,
  topics TEXT NOT NULL,          -- JSON array
  sentences TEXT NOT NULL,       -- JSON array of sentence texts
  terms TEXT NOT NULL,           -- JSON object lemma -> count
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  token_start INTEGER NOT NULL,
  token_end INTEGER NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_name TEXT,
  actor_country TEXT,
  actor_role TEXT,
  actor_code TEXT,
  actor_kind TEXT
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_actor ON entities(actor_code);

-- Events as coded from one article, one mention each; the story's events merge them.
CREATE TABLE article_events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  json TEXT NOT NULL
);
CREATE INDEX article_events_article ON article_events(article_id);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories(id),
  date TEXT,
  source_code TEXT NOT NULL,
  source_country TEXT,
  target_code TEXT,
  target_country TEXT,
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX events_story ON events(story_id);
CREATE INDEX events_pair ON events(source_country, target_country);

CREATE TABLE replies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  story_id TEXT NOT NULL REFERENCES stories(id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  comment TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX replies_story ON replies(story_id);
