#include "store/sqlite_store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <unordered_map>

#include "store/schema_sql.h"
#include "store/writer_lock.h"

namespace newsgraph::store {
namespace {

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void Fnv(std::uint64_t* h, std::string_view s) {
  for (unsigned char c : s) {
    *h ^= c;
    *h *= 0x100000001b3ull;
  }
  // A separator so that ("ab", "c") and ("a", "bc") differ.
  *h ^= 0xFF;
  *h *= 0x100000001b3ull;
}

// The prepared statements of the write path, compiled once per store.
struct Statements {
  explicit Statements(SQLite::Database& db)
      : upsert_entity(db,
                      "INSERT INTO entities(id, name, type, stock_code, english_name, lexicon_id) "
                      "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET "
                      "name = ?2, type = ?3, stock_code = ?4, english_name = ?5, lexicon_id = ?6"),
        delete_aliases(db, "DELETE FROM aliases WHERE entity_id = ?1"),
        insert_alias(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, name_key) VALUES(?1, ?2, ?3)"),
        delete_keys(db, "DELETE FROM entity_keys WHERE entity_id = ?1"),
        upsert_key(db, "INSERT OR REPLACE INTO entity_keys(key, entity_id) VALUES(?1, ?2)"),
        delete_entity(db, "DELETE FROM entities WHERE id = ?1"),
        upsert_document(db,
                        "INSERT INTO documents(doc_id, content_hash, date, source, title, url, "
                        "ingested_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                        "ON CONFLICT(doc_id) DO UPDATE SET date = ?3, source = ?4, title = ?5, "
                        "url = ?6, ingested_at = CASE WHEN content_hash = ?2 THEN ingested_at "
                        "ELSE ?7 END, content_hash = ?2"),
        document_row(db, "SELECT id FROM documents WHERE doc_id = ?1"),
        delete_document_evidence(db, "DELETE FROM evidence WHERE document_id = ?1"),
        delete_document_sentences(db, "DELETE FROM sentences WHERE document_id = ?1"),
        delete_document(db, "DELETE FROM documents WHERE id = ?1"),
        upsert_relation(db,
                        "INSERT INTO relations(id, subject_id, object_id, relation, symmetric, "
                        "time, stated, source_count, evidence_count) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(id) DO UPDATE SET "
                        "subject_id = ?2, object_id = ?3, relation = ?4, symmetric = ?5, "
                        "time = ?6, stated = ?7, source_count = ?8, evidence_count = ?9"),
        delete_attributes(db, "DELETE FROM relation_attributes WHERE relation_id = ?1"),
        insert_attribute(db,
                         "INSERT INTO relation_attributes(relation_id, key, value) VALUES(?1, ?2, ?3)"),
        delete_relation(db, "DELETE FROM relations WHERE id = ?1"),
        insert_sentence(db, "INSERT INTO sentences(document_id, text) VALUES(?1, ?2)"),
        insert_evidence(db,
                        "INSERT INTO evidence(relation_id, document_id, sentence_id, start_offset, "
                        "end_offset, field, hedged, time_text, rule) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        insert_reject(db, "INSERT INTO rejects(location, reason, rejected_at) VALUES(?1, ?2, ?3)"),
        insert_curation(db,
                        "INSERT INTO curation(action, entity_id, argument, created_at) "
                        "VALUES(?1, ?2, ?3, ?4)") {}

  SQLite::Statement upsert_entity, delete_aliases, insert_alias, delete_keys, upsert_key,
      delete_entity, upsert_document, document_row, delete_document_evidence,
      delete_document_sentences, delete_document, upsert_relation, delete_attributes,
      insert_attribute, delete_relation, insert_sentence, insert_evidence, insert_reject,
      insert_curation;
};

// Runs a prepared statement once and makes it ready for the next use.
void Run(SQLite::Statement& stmt) {
  stmt.exec();
  stmt.reset();
  stmt.clearBindings();
}

struct StoredDocument {
  std::int64_t row = 0;
  std::string hash;
};

// ---- Loading ----------------------------------------------------------------

Status LoadEntities(SQLite::Database& db, graph::KnowledgeGraph* graph) {
  std::unordered_map<std::int64_t, std::vector<std::string>> aliases, keys;
  {
    SQLite::Statement q(db, "SELECT entity_id, alias FROM aliases");
    while (q.executeStep()) aliases[q.getColumn(0).getInt64()].push_back(q.getColumn(1).getString());
  }
  {
    SQLite::Statement q(db, "SELECT entity_id, key FROM entity_keys ORDER BY key");
    while (q.executeStep()) keys[q.getColumn(0).getInt64()].push_back(q.getColumn(1).getString());
  }
  SQLite::Statement q(db,
                      "SELECT id, name, type, stock_code, english_name, lexicon_id "
                      "FROM entities ORDER BY id");
  while (q.executeStep()) {
    graph::EntityView e;
    e.id = q.getColumn(0).getInt64();
    e.name = q.getColumn(1).getString();
    const std::string type = q.getColumn(2).getString();
    const auto parsed = newsgraph::ParseEntityType(type);
    if (!parsed) return Status::InvalidInput("entity " + std::to_string(e.id) + ": unknown type \"" + type + "\"");
    e.type = *parsed;
    e.stock_code = q.getColumn(3).getString();
    e.english_name = q.getColumn(4).getString();
    e.lexicon_id = q.getColumn(5).getString();
    e.aliases = std::move(aliases[e.id]);
    Status s = graph->RestoreEntity(e, keys[e.id]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status LoadDocuments(SQLite::Database& db, graph::KnowledgeGraph* graph,
                     std::unordered_map<std::string, StoredDocument>* stored) {
  SQLite::Statement q(db,
                      "SELECT id, doc_id, content_hash, date, source, title, url "
                      "FROM documents ORDER BY id");
  while (q.executeStep()) {
    graph::DocumentInfo d{q.getColumn(1).getString(), q.getColumn(3).getString(),
                          q.getColumn(4).getString(), q.getColumn(5).getString(),
                          q.getColumn(6).getString()};
    Status s = graph->RestoreDocument(d);
    if (!s.ok()) return s;
    if (stored != nullptr) {
      (*stored)[d.id] = StoredDocument{q.getColumn(0).getInt64(), q.getColumn(2).getString()};
    }
  }
  return Status::Ok();
}

Status LoadRelations(SQLite::Database& db, graph::KnowledgeGraph* graph) {
  std::unordered_map<std::int64_t, std::map<std::string, std::string>> attributes;
  {
    SQLite::Statement q(db, "SELECT relation_id, key, value FROM relation_attributes");
    while (q.executeStep()) {
      attributes[q.getColumn(0).getInt64()][q.getColumn(1).getString()] = q.getColumn(2).getString();
    }
  }
  SQLite::Statement q(db,
                      "SELECT id, subject_id, object_id, relation, time FROM relations ORDER BY id");
  while (q.executeStep()) {
    graph::EventView ev;
    ev.id = q.getColumn(0).getInt64();
    ev.subject = q.getColumn(1).getInt64();
    ev.object = q.getColumn(2).getInt64();
    ev.relation = q.getColumn(3).getString();
    ev.time = q.getColumn(4).getString();
    auto it = attributes.find(ev.id);
    if (it != attributes.end()) ev.attributes = std::move(it->second);
    Status s = graph->RestoreEvent(ev);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status LoadEvidence(SQLite::Database& db, graph::KnowledgeGraph* graph) {
  SQLite::Statement q(db,
                      "SELECT e.relation_id, d.doc_id, s.text, e.start_offset, e.end_offset, "
                      "e.field, e.hedged, e.time_text, e.rule FROM evidence e "
                      "JOIN documents d ON d.id = e.document_id "
                      "JOIN sentences s ON s.id = e.sentence_id ORDER BY e.id");
  while (q.executeStep()) {
    graph::EvidenceView v;
    v.doc_id = q.getColumn(1).getString();
    v.sentence = q.getColumn(2).getString();
    v.start = static_cast<std::size_t>(q.getColumn(3).getInt64());
    v.end = static_cast<std::size_t>(q.getColumn(4).getInt64());
    v.field = q.getColumn(5).getString();
    v.hedged = q.getColumn(6).getInt() != 0;
    v.time_text = q.getColumn(7).getString();
    v.rule = q.getColumn(8).getString();
    Status s = graph->RestoreEvidence(q.getColumn(0).getInt64(), v);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// One read transaction: in WAL mode it sees one snapshot, so a reader
// loading while an ingest commits never sees evidence of a document the
// earlier SELECT did not return.
Status LoadAll(SQLite::Database& db, graph::KnowledgeGraph* graph,
               std::unordered_map<std::string, StoredDocument>* stored) {
  SQLite::Transaction snapshot(db);
  Status s = LoadEntities(db, graph);
  if (s.ok()) s = LoadDocuments(db, graph, stored);
  if (s.ok()) s = LoadRelations(db, graph);
  if (s.ok()) s = LoadEvidence(db, graph);
  if (s.ok()) graph->TakeChanges();  // what was loaded is already stored
  snapshot.commit();
  return s;
}

// Creates the schema in a new file; checks the version of an existing one.
Status PrepareSchema(SQLite::Database& db, const std::string& path, bool read_only) {
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version == kSchemaVersion) return Status::Ok();
  if (version != 0) {
    return Status::InvalidInput(path + ": schema version " + std::to_string(version) +
                                ", this newsgraph reads version " + std::to_string(kSchemaVersion));
  }
  const int tables = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
  if (tables != 0 || read_only) {
    return Status::InvalidInput(path + ": not a newsgraph database");
  }
  SQLite::Transaction tx(db);
  db.exec(kSchemaSql);
  db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  tx.commit();
  return Status::Ok();
}

std::unique_ptr<SQLite::Database> OpenDatabase(const std::string& path, bool read_only) {
  const int flags = read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
  auto db = std::make_unique<SQLite::Database>(path, flags);
  db->setBusyTimeout(5000);
  if (!read_only) {
    // WAL: readers (serve) keep reading while ingest writes; NORMAL sync
    // loses no committed transaction when the process is killed.
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = NORMAL");
  }
  db->exec("PRAGMA foreign_keys = ON");
  return db;
}

}  // namespace

std::string ContentHash(const newsgraph::Document& document) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const std::string* field : {&document.title, &document.text, &document.date,
                                   &document.source, &document.url}) {
    Fnv(&h, *field);
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

BatchCounts& BatchCounts::operator+=(const BatchCounts& o) {
  new_documents += o.new_documents;
  unchanged += o.unchanged;
  replaced += o.replaced;
  rejected += o.rejected;
  return *this;
}

struct SqliteStore::Impl {
  std::string path;
  OpenOptions options;
  std::unique_ptr<WriterLock> writer_lock;  // held by a writable store
  std::unique_ptr<SQLite::Database> db;
  std::unique_ptr<Statements> stmts;  // null when read-only
  graph::KnowledgeGraph graph;
  std::unordered_map<std::string, StoredDocument> documents;  // by doc id
  bool failed = false;

  void WriteEntity(graph::EntityId id) {
    const std::optional<graph::EntityView> e = graph.Entity(id);
    if (!e) return;
    Statements& s = *stmts;
    s.upsert_entity.bind(1, e->id);
    s.upsert_entity.bind(2, e->name);
    s.upsert_entity.bind(3, std::string(newsgraph::EntityTypeName(e->type)));
    s.upsert_entity.bind(4, e->stock_code);
    s.upsert_entity.bind(5, e->english_name);
    s.upsert_entity.bind(6, e->lexicon_id);
    Run(s.upsert_entity);
    s.delete_aliases.bind(1, e->id);
    Run(s.delete_aliases);
    for (const std::string& alias : e->aliases) {
      s.insert_alias.bind(1, e->id);
      s.insert_alias.bind(2, alias);
      s.insert_alias.bind(3, graph::NameKey(alias));
      Run(s.insert_alias);
    }
    s.delete_keys.bind(1, e->id);
    Run(s.delete_keys);
    for (const std::string& key : graph.EntityKeys(id)) {
      s.upsert_key.bind(1, key);
      s.upsert_key.bind(2, e->id);
      Run(s.upsert_key);
    }
  }

  void DeleteEntity(graph::EntityId id) {
    Statements& s = *stmts;
    for (SQLite::Statement* stmt : {&s.delete_aliases, &s.delete_keys, &s.delete_entity}) {
      stmt->bind(1, id);
      Run(*stmt);
    }
  }

  void ClearDocumentEvidence(std::int64_t row) {
    Statements& s = *stmts;
    for (SQLite::Statement* stmt : {&s.delete_document_evidence, &s.delete_document_sentences}) {
      stmt->bind(1, row);
      Run(*stmt);
    }
  }

  std::int64_t UpsertDocument(const std::string& doc_id, const std::string& now) {
    const std::optional<graph::DocumentInfo> d = graph.Document(doc_id);
    Statements& s = *stmts;
    StoredDocument& stored = documents[doc_id];
    s.upsert_document.bind(1, doc_id);
    s.upsert_document.bind(2, stored.hash);
    s.upsert_document.bind(3, d->date);
    s.upsert_document.bind(4, d->source);
    s.upsert_document.bind(5, d->title);
    s.upsert_document.bind(6, d->url);
    s.upsert_document.bind(7, now);
    Run(s.upsert_document);
    if (stored.row == 0) {
      s.document_row.bind(1, doc_id);
      if (s.document_row.executeStep()) stored.row = s.document_row.getColumn(0).getInt64();
      s.document_row.reset();
      s.document_row.clearBindings();
    }
    return stored.row;
  }

  void WriteRelation(graph::EventId id) {
    const std::optional<graph::EventView> ev = graph.Event(id, /*with_evidence=*/false);
    if (!ev) return;
    Statements& s = *stmts;
    s.upsert_relation.bind(1, ev->id);
    s.upsert_relation.bind(2, ev->subject);
    s.upsert_relation.bind(3, ev->object);
    s.upsert_relation.bind(4, ev->relation);
    s.upsert_relation.bind(5, ev->symmetric ? 1 : 0);
    s.upsert_relation.bind(6, ev->time);
    s.upsert_relation.bind(7, ev->stated ? 1 : 0);
    s.upsert_relation.bind(8, ev->source_count);
    s.upsert_relation.bind(9, ev->evidence_count);
    Run(s.upsert_relation);
    s.delete_attributes.bind(1, ev->id);
    Run(s.delete_attributes);
    for (const auto& [key, value] : ev->attributes) {
      s.insert_attribute.bind(1, ev->id);
      s.insert_attribute.bind(2, key);
      s.insert_attribute.bind(3, value);
      Run(s.insert_attribute);
    }
  }

  void DeleteRelation(graph::EventId id) {
    Statements& s = *stmts;
    for (SQLite::Statement* stmt : {&s.delete_attributes, &s.delete_relation}) {
      stmt->bind(1, id);
      Run(*stmt);
    }
  }

  void WriteDocumentEvidence(const std::string& doc_id, std::int64_t row) {
    Statements& s = *stmts;
    std::unordered_map<std::string, std::int64_t> sentences;  // each sentence once
    for (const graph::EvidenceRecord& r : graph.DocumentEvidence(doc_id)) {
      auto [it, inserted] = sentences.emplace(r.evidence.sentence, 0);
      if (inserted) {
        s.insert_sentence.bind(1, row);
        s.insert_sentence.bind(2, r.evidence.sentence);
        Run(s.insert_sentence);
        it->second = db->getLastInsertRowid();
      }
      s.insert_evidence.bind(1, r.event);
      s.insert_evidence.bind(2, row);
      s.insert_evidence.bind(3, it->second);
      s.insert_evidence.bind(4, static_cast<std::int64_t>(r.evidence.start));
      s.insert_evidence.bind(5, static_cast<std::int64_t>(r.evidence.end));
      s.insert_evidence.bind(6, r.evidence.field);
      s.insert_evidence.bind(7, r.evidence.hedged ? 1 : 0);
      s.insert_evidence.bind(8, r.evidence.time_text);
      s.insert_evidence.bind(9, r.evidence.rule);
      Run(s.insert_evidence);
    }
  }

  // Writes the graph's changes in an order the foreign keys accept:
  // entities, then documents' old evidence out, relations in and out,
  // entities out, evidence in.
  void WriteChanges(const graph::ChangeSet& c) {
    const std::string now = UtcNow();
    for (graph::EntityId id : c.entities) WriteEntity(id);
    std::vector<std::pair<std::string, std::int64_t>> rewrite;
    for (const std::string& doc_id : c.documents) {
      auto it = documents.find(doc_id);
      if (it != documents.end() && it->second.row != 0) ClearDocumentEvidence(it->second.row);
      rewrite.emplace_back(doc_id, UpsertDocument(doc_id, now));
    }
    for (const std::string& doc_id : c.removed_documents) {
      auto it = documents.find(doc_id);
      if (it == documents.end()) continue;
      if (it->second.row != 0) {
        ClearDocumentEvidence(it->second.row);
        stmts->delete_document.bind(1, it->second.row);
        Run(stmts->delete_document);
      }
      documents.erase(it);
    }
    for (graph::EventId id : c.events) WriteRelation(id);
    for (graph::EventId id : c.removed_events) DeleteRelation(id);
    for (graph::EntityId id : c.removed_entities) DeleteEntity(id);
    for (const auto& [doc_id, row] : rewrite) WriteDocumentEvidence(doc_id, row);
  }

  void AddReject(const std::string& where, const std::string& reason) {
    stmts->insert_reject.bind(1, where);
    stmts->insert_reject.bind(2, reason);
    stmts->insert_reject.bind(3, UtcNow());
    Run(stmts->insert_reject);
  }

  void Commit(SQLite::Transaction& tx) {
    if (options.before_commit) options.before_commit();
    tx.commit();
  }

  Status Fail(const std::string& what, const std::exception& e) {
    failed = true;
    return Status::IoError(path + ": " + what + ": " + e.what());
  }
  Status CheckWritable() const {
    if (!stmts) return Status::InvalidInput(path + ": opened read-only");
    if (failed) return Status::Internal(path + ": an earlier write failed; reopen the database");
    return Status::Ok();
  }
};

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteStore::~SqliteStore() = default;

Status SqliteStore::Open(const std::string& path, const OpenOptions& options,
                         std::unique_ptr<SqliteStore>* store) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  try {
    if (options.read_only && !std::filesystem::exists(path)) {
      return Status::NotFound(path + ": no such database");
    }
    if (!options.read_only) {
      // Before the schema and the load: the graph a writer assigns ids from
      // must be the one no other writer is changing.
      Status locked = WriterLock::Acquire(path, &impl->writer_lock);
      if (!locked.ok()) return locked;
    }
    impl->db = OpenDatabase(path, options.read_only);
    Status s = PrepareSchema(*impl->db, path, options.read_only);
    if (!s.ok()) return s;
    s = LoadAll(*impl->db, &impl->graph, &impl->documents);
    if (!s.ok()) return Status::InvalidInput(path + ": " + s.message());
    if (!options.read_only) impl->stmts = std::make_unique<Statements>(*impl->db);
  } catch (const std::exception& e) {
    return Status::IoError(path + ": " + e.what());
  }
  store->reset(new SqliteStore(std::move(impl)));
  return Status::Ok();
}

const graph::KnowledgeGraph& SqliteStore::graph() const { return impl_->graph; }
const std::string& SqliteStore::path() const { return impl_->path; }

DocumentState SqliteStore::CheckDocument(std::string_view doc_id,
                                         std::string_view content_hash) const {
  auto it = impl_->documents.find(std::string(doc_id));
  if (it == impl_->documents.end()) return DocumentState::kNew;
  return it->second.hash == content_hash ? DocumentState::kUnchanged : DocumentState::kChanged;
}

Status SqliteStore::SaveBatch(const std::vector<IngestItem>& items,
                              const std::vector<Rejection>& rejections, BatchCounts* counts,
                              std::vector<std::string>* warnings) {
  Impl& s = *impl_;
  if (Status st = s.CheckWritable(); !st.ok()) return st;
  BatchCounts local;
  try {
    SQLite::Transaction tx(*s.db);
    for (const IngestItem& item : items) {
      if (item.document.id.empty()) {
        s.AddReject(item.document.title, "document without an id");
        ++local.rejected;
        continue;
      }
      switch (CheckDocument(item.document.id, item.content_hash)) {
        case DocumentState::kUnchanged:
          ++local.unchanged;
          continue;
        case DocumentState::kChanged:
          ++local.replaced;
          break;
        case DocumentState::kNew:
          ++local.new_documents;
          break;
      }
      Status added = s.graph.AddDocument(item.document, item.extraction, warnings);
      if (!added.ok()) throw std::runtime_error(added.message());  // cannot happen: id checked
      s.documents[item.document.id].hash = item.content_hash;
    }
    for (const Rejection& r : rejections) {
      s.AddReject(r.where, r.reason);
      ++local.rejected;
    }
    s.WriteChanges(s.graph.TakeChanges());
    s.Commit(tx);
  } catch (const std::exception& e) {
    return s.Fail("writing a batch", e);
  }
  if (counts != nullptr) *counts += local;
  return Status::Ok();
}

Status SqliteStore::MergeEntities(graph::EntityId keep, graph::EntityId merged) {
  Impl& s = *impl_;
  if (Status st = s.CheckWritable(); !st.ok()) return st;
  const std::optional<graph::EntityView> gone = s.graph.Entity(merged);
  try {
    SQLite::Transaction tx(*s.db);
    Status st = s.graph.MergeEntities(keep, merged);
    if (!st.ok()) return st;  // nothing changed; the transaction rolls back
    s.stmts->insert_curation.bind(1, std::string("merge"));
    s.stmts->insert_curation.bind(2, keep);
    s.stmts->insert_curation.bind(3, std::to_string(merged) + " " + gone->name);
    s.stmts->insert_curation.bind(4, UtcNow());
    Run(s.stmts->insert_curation);
    s.WriteChanges(s.graph.TakeChanges());
    s.Commit(tx);
  } catch (const std::exception& e) {
    return s.Fail("merging entities", e);
  }
  return Status::Ok();
}

Status SqliteStore::AddAlias(graph::EntityId entity, std::string_view name) {
  Impl& s = *impl_;
  if (Status st = s.CheckWritable(); !st.ok()) return st;
  try {
    SQLite::Transaction tx(*s.db);
    Status st = s.graph.AddAlias(entity, name);
    if (!st.ok()) return st;
    s.stmts->insert_curation.bind(1, std::string("alias"));
    s.stmts->insert_curation.bind(2, entity);
    s.stmts->insert_curation.bind(3, std::string(name));
    s.stmts->insert_curation.bind(4, UtcNow());
    Run(s.stmts->insert_curation);
    s.WriteChanges(s.graph.TakeChanges());
    s.Commit(tx);
  } catch (const std::exception& e) {
    return s.Fail("adding an alias", e);
  }
  return Status::Ok();
}

std::vector<Rejection> SqliteStore::Rejections() const {
  std::vector<Rejection> out;
  try {
    SQLite::Statement q(*impl_->db, "SELECT location, reason FROM rejects ORDER BY id");
    while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
  } catch (const std::exception&) {
    // An unreadable rejects table reads as empty; IntegrityCheck reports why.
  }
  return out;
}

Status SqliteStore::IntegrityCheck() const {
  try {
    const std::string report = impl_->db->execAndGet("PRAGMA integrity_check").getString();
    if (report != "ok") return Status::Internal(impl_->path + ": " + report);
    SQLite::Statement fk(*impl_->db, "PRAGMA foreign_key_check");
    if (fk.executeStep()) {
      return Status::Internal(impl_->path + ": foreign key violation in table " +
                              fk.getColumn(0).getString());
    }
  } catch (const std::exception& e) {
    return Status::IoError(impl_->path + ": " + e.what());
  }
  return Status::Ok();
}

std::size_t SqliteStore::FileBytes() const {
  std::size_t total = 0;
  for (const std::string& p : {impl_->path, impl_->path + "-wal"}) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(p, ec);
    if (!ec) total += static_cast<std::size_t>(size);
  }
  return total;
}

Status LoadGraph(const std::string& path, graph::KnowledgeGraph* graph) {
  try {
    if (!std::filesystem::exists(path)) return Status::NotFound(path + ": no such database");
    std::unique_ptr<SQLite::Database> db = OpenDatabase(path, /*read_only=*/true);
    Status s = PrepareSchema(*db, path, /*read_only=*/true);
    if (!s.ok()) return s;
    s = LoadAll(*db, graph, nullptr);
    if (!s.ok()) return Status::InvalidInput(path + ": " + s.message());
  } catch (const std::exception& e) {
    return Status::IoError(path + ": " + e.what());
  }
  return Status::Ok();
}

}  // namespace newsgraph::store
