// SqliteStore: the knowledge graph persisted in one SQLite file.
//
// The store holds the whole graph in memory (graph::KnowledgeGraph, loaded
// at Open) and writes every change to SQLite: one transaction per batch, so
// a killed process leaves whole documents only. Ingest is idempotent: a
// document whose content hash is already stored changes nothing; a document
// whose hash differs replaces its old evidence (events left with no evidence
// are removed). Curation (entity merges, aliases) is stored and its merge
// keys persist, so later ingests resolve to the curated entities.
//
// Schema (PRAGMA user_version = kSchemaVersion; the text is store/schema.sql,
// compiled in):
//   documents(id INTEGER PRIMARY KEY, doc_id TEXT UNIQUE, content_hash TEXT,
//             date TEXT, source TEXT, title TEXT, url TEXT, ingested_at TEXT)
//   entities(id INTEGER PRIMARY KEY, name, type, stock_code, english_name, lexicon_id)
//   aliases(entity_id, alias, name_key)           every other surface form
//   entity_keys(key PRIMARY KEY, entity_id)       merge keys ("lex:...", ...)
//   relations(id INTEGER PRIMARY KEY, subject_id, object_id, relation,
//             symmetric, time, stated, source_count, evidence_count)
//   relation_attributes(relation_id, key, value)
//   evidence(id, relation_id, document_id, sentence_id, start_offset, end_offset, field,
//            hedged, time_text, rule)
//   sentences(id, document_id, text)              each sentence once per document
//   rejects(id, location, reason, rejected_at)    documents that could not be read
//   curation(id, action, entity_id, argument, created_at)   user merges / aliases
// See store/schema.sql for the columns' meaning.
//
// Errors: every method returns a Status; SQLite exceptions never leave
// store/. After a failed write the transaction is rolled back and the store
// refuses further writes (the in-memory graph may be ahead of the file):
// reopen it.
//
// Thread safety: none; one SqliteStore per thread. Several processes may
// read one file while one writes (WAL).
#ifndef NEWSGRAPH_STORE_SQLITE_STORE_H_
#define NEWSGRAPH_STORE_SQLITE_STORE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/extraction.h"
#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::store {

// Stored as PRAGMA user_version; bump it when the schema changes.
inline constexpr int kSchemaVersion = 1;

struct OpenOptions {
  bool read_only = false;  // open an existing file for queries only
  // Called inside every write transaction just before it commits. Tests use
  // it to kill the process in the middle of a write; leave it empty.
  std::function<void()> before_commit;
};

// A content hash of everything the graph keeps from a document (title,
// text, date, source, url): 16 lowercase hex digits (FNV-1a 64).
std::string ContentHash(const newsgraph::Document& document);

enum class DocumentState { kNew, kUnchanged, kChanged };

// One extracted document ready to be written.
struct IngestItem {
  graph::DocumentInfo document;
  std::string content_hash;  // ContentHash(document)
  newsgraph::Extraction extraction;
};

// A document that could not be read or extracted, kept in the rejects table.
struct Rejection {
  std::string where;   // "file.jsonl:12"
  std::string reason;
};

struct BatchCounts {
  std::size_t new_documents = 0;
  std::size_t unchanged = 0;
  std::size_t replaced = 0;
  std::size_t rejected = 0;
  BatchCounts& operator+=(const BatchCounts& other);
};

class SqliteStore {
 public:
  // Opens (creating it unless read_only) the database at `path` and loads
  // the graph. IoError when the file cannot be opened, InvalidInput when it
  // is not a newsgraph database or its schema version differs.
  static Status Open(const std::string& path, const OpenOptions& options,
                     std::unique_ptr<SqliteStore>* store);
  ~SqliteStore();

  // The graph as loaded plus everything written since. Owned by the store;
  // valid until the store is destroyed.
  const graph::KnowledgeGraph& graph() const;
  const std::string& path() const;

  // kUnchanged when the id is stored with this hash (skip extraction).
  DocumentState CheckDocument(std::string_view doc_id, std::string_view content_hash) const;

  // Writes a batch in one transaction: new documents, changed documents
  // (old evidence replaced), and rejections. Items already stored with the
  // same hash are counted as unchanged and not touched.
  // Relations the graph skipped (see KnowledgeGraph::AddDocument) are
  // appended to *warnings when given.
  Status SaveBatch(const std::vector<IngestItem>& items,
                   const std::vector<Rejection>& rejections, BatchCounts* counts,
                   std::vector<std::string>* warnings = nullptr);

  // Curation, recorded in the curation table and applied at once.
  Status MergeEntities(graph::EntityId keep, graph::EntityId merged);
  Status AddAlias(graph::EntityId entity, std::string_view name);

  // Rows of the rejects table, oldest first.
  std::vector<Rejection> Rejections() const;
  // PRAGMA integrity_check: ok or Internal with SQLite's report.
  Status IntegrityCheck() const;
  // Size of the database file (plus its WAL) in bytes.
  std::size_t FileBytes() const;

 private:
  struct Impl;
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Reads a database into `graph` (which must be empty) without keeping it
// open: for export and serve. Errors as Open with read_only.
Status LoadGraph(const std::string& path, graph::KnowledgeGraph* graph);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SQLITE_STORE_H_
