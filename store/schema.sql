-- newsgraph database schema, version 1 (PRAGMA user_version = 1).
-- One file holds the merged knowledge graph of every ingested article.
-- Entity and relation ids are the graph's ids (graph/graph_view.h): stable
-- across loads, so a query result can name them. Text is UTF-8; '' means
-- unknown (never NULL). Written in one transaction per batch (WAL mode).
-- Column values are read back by store/sqlite_store.cc: do not rename.

-- One row per ingested article.
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,   -- row id, referenced by evidence and sentences
  doc_id       TEXT NOT NULL UNIQUE,  -- the input's document id
  content_hash TEXT NOT NULL,         -- FNV-1a 64 of title, text, date, source, url (hex)
  date         TEXT NOT NULL,         -- publication date YYYY-MM-DD, or ''
  source       TEXT NOT NULL,         -- outlet, or ''
  title        TEXT NOT NULL,
  url          TEXT NOT NULL,
  ingested_at  TEXT NOT NULL          -- UTC YYYY-MM-DDTHH:MM:SSZ of the last content change
);

-- Vertices: one row per entity however many ways it is written.
CREATE TABLE entities (
  id           INTEGER PRIMARY KEY,   -- graph EntityId
  name         TEXT NOT NULL,         -- canonical name
  type         TEXT NOT NULL,         -- PERSON, ORG, PRODUCT, PROJECT, EVENT, PLACE
  stock_code   TEXT NOT NULL,         -- six-digit KRX code, or ''
  english_name TEXT NOT NULL,
  lexicon_id   TEXT NOT NULL          -- "org:sk-hynix", or '' when not from a lexicon
);

-- Every other surface form of an entity (mentions, curated aliases).
CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias     TEXT NOT NULL,
  name_key  TEXT NOT NULL,            -- normalised, spaces removed, ASCII lower case
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_by_key ON aliases(name_key);

-- Merge keys: how a new mention finds its entity. "lex:<lexicon id>",
-- "stock:<code>", "name:<TYPE>:<name key>", "person:<name key>@<org entity id>".
-- Merges and curated aliases move or add keys here, so curation lasts.
CREATE TABLE entity_keys (
  key       TEXT PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_by_entity ON entity_keys(entity_id);

-- Edges: one row per relation event (same relation, same entities, same time).
CREATE TABLE relations (
  id             INTEGER PRIMARY KEY,  -- graph EventId
  subject_id     INTEGER NOT NULL REFERENCES entities(id),
  object_id      INTEGER NOT NULL REFERENCES entities(id),
  relation       TEXT NOT NULL,        -- inventory name (extract/relation_types.h)
  symmetric      INTEGER NOT NULL,     -- 1: subject/object order carries no meaning
  time           TEXT NOT NULL,        -- ISO value ("2025-02-04", "2025-Q1", "A/B"), '' = undated
  stated         INTEGER NOT NULL,     -- 1: some evidence states it as fact (not hedged)
  source_count   INTEGER NOT NULL,     -- distinct sources among its evidence
  evidence_count INTEGER NOT NULL
);
CREATE INDEX relations_by_subject ON relations(subject_id);
CREATE INDEX relations_by_object ON relations(object_id);

-- Relation attributes (place, title, product, amount, ...).
CREATE TABLE relation_attributes (
  relation_id INTEGER NOT NULL REFERENCES relations(id),
  key         TEXT NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (relation_id, key)
) WITHOUT ROWID;

-- Each evidence sentence once per document, however many relations it holds.
CREATE TABLE sentences (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  text        TEXT NOT NULL
);
CREATE INDEX sentences_by_document ON sentences(document_id);

-- Where an article reports a relation event.
CREATE TABLE evidence (
  id          INTEGER PRIMARY KEY,
  relation_id INTEGER NOT NULL REFERENCES relations(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  sentence_id INTEGER NOT NULL REFERENCES sentences(id),
  start_offset INTEGER NOT NULL,       -- code point offsets of the sentence in the field
  end_offset  INTEGER NOT NULL,
  field       TEXT NOT NULL,           -- 'text' or 'title'
  hedged      INTEGER NOT NULL,        -- 1: reported as plan, rumour or possibility
  time_text   TEXT NOT NULL,           -- the time expression as written, or ''
  rule        TEXT NOT NULL            -- extraction pattern id, for tracing
);
CREATE INDEX evidence_by_relation ON evidence(relation_id);
CREATE INDEX evidence_by_document ON evidence(document_id);

-- Inputs that could not be read or ingested.
CREATE TABLE rejects (
  id          INTEGER PRIMARY KEY,
  location    TEXT NOT NULL,           -- "file.jsonl:12"
  reason      TEXT NOT NULL,
  rejected_at TEXT NOT NULL            -- UTC YYYY-MM-DDTHH:MM:SSZ
);

-- What users changed by hand, in order (the effect lives in entity_keys and aliases).
CREATE TABLE curation (
  id         INTEGER PRIMARY KEY,
  action     TEXT NOT NULL,            -- 'merge' (argument: merged entity id and name) or 'alias'
  entity_id  INTEGER NOT NULL,         -- the entity kept / given the alias
  argument   TEXT NOT NULL,
  created_at TEXT NOT NULL             -- UTC YYYY-MM-DDTHH:MM:SSZ
);
