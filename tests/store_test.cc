// Tests of store/: round trip, idempotent re-ingest, replacement of changed
// documents, curation that lasts, rejects, and crash safety.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "store/sqlite_store.h"

namespace newsgraph::store {
namespace {

using newsgraph::EntityType;
using graph::EntityId;

std::string TempDb(const std::string& name) {
  const std::string path = testing::TempDir() + "newsgraph_store_test_" +
                           std::to_string(getpid()) + "_" + name + ".db";
  for (const char* suffix : {"", "-wal", "-shm", ".writer"}) std::filesystem::remove(path + suffix);
  return path;
}

newsgraph::Entity Org(const std::string& name, const std::string& lexicon_id = "") {
  newsgraph::Entity e;
  e.name = name;
  e.type = EntityType::kOrg;
  e.lexicon_id = lexicon_id;
  e.mentions = {name};
  return e;
}

newsgraph::Relation Rel(const std::string& s, const std::string& rel, const std::string& o,
                      const std::string& time, const std::string& sentence, bool hedged = false) {
  newsgraph::Relation r;
  r.subject = s;
  r.relation = rel;
  r.object = o;
  if (!time.empty()) r.time = newsgraph::TimeValue{time, time + " 무렵"};
  r.hedged = hedged;
  r.attributes = {{"place", "서울"}};
  r.evidence = {sentence, 3, 3 + sentence.size() / 3, "text"};
  r.rule = "test-rule";
  return r;
}

// A document whose text decides its hash, with the given relations.
IngestItem Item(const std::string& id, const std::string& text, const std::string& source,
                std::vector<newsgraph::Relation> relations) {
  newsgraph::Document doc{id, "2025-02-05", "제목 " + id, text, source, "https://example.com/" + id};
  IngestItem item;
  item.document = {doc.id, doc.date, doc.source, doc.title, doc.url};
  item.content_hash = ContentHash(doc);
  item.extraction.doc_id = id;
  std::vector<std::string> names;
  for (const newsgraph::Relation& r : relations) {
    for (const std::string& n : {r.subject, r.object}) {
      if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    }
  }
  for (const std::string& n : names) item.extraction.entities.push_back(Org(n));
  item.extraction.relations = std::move(relations);
  return item;
}

std::unique_ptr<SqliteStore> OpenOrDie(const std::string& path, OpenOptions options = {}) {
  std::unique_ptr<SqliteStore> store;
  const Status s = SqliteStore::Open(path, options, &store);
  EXPECT_TRUE(s.ok()) << s.message();
  return store;
}

// Everything a query can see, as text, for comparing two graphs.
std::string Dump(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  const graph::Subgraph all = g.Whole({.with_evidence = true});
  for (const graph::EntityView& e : all.entities) {
    out << "E" << e.id << " " << e.name << " " << newsgraph::EntityTypeName(e.type) << " ["
        << e.stock_code << "|" << e.english_name << "|" << e.lexicon_id << "]";
    for (const std::string& a : e.aliases) out << " a:" << a;
    for (const std::string& k : g.EntityKeys(e.id)) out << " k:" << k;
    out << "\n";
  }
  for (const graph::EventView& v : all.events) {
    out << "V" << v.id << " " << v.subject << " " << v.relation << " " << v.object << " t="
        << v.time << " stated=" << v.stated << " sources=" << v.source_count
        << " evidence=" << v.evidence_count;
    for (const auto& [k, val] : v.attributes) out << " " << k << "=" << val;
    for (const graph::EvidenceView& e : v.evidence) {
      out << "\n  " << e.doc_id << "|" << e.doc_date << "|" << e.source << "|" << e.title << "|"
          << e.url << "|" << e.sentence << "|" << e.start << "-" << e.end << "|" << e.field
          << "|" << e.hedged << "|" << e.time_text << "|" << e.rule;
    }
    out << "\n";
  }
  return out.str();
}

std::int64_t Count(const std::string& path, const std::string& sql) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getInt64();
}

TEST(SqliteStoreTest, RoundTripRebuildsTheSameGraph) {
  const std::string path = TempDb("round_trip");
  std::string before;
  {
    auto store = OpenOrDie(path);
    BatchCounts counts;
    ASSERT_TRUE(store
                    ->SaveBatch({Item("d1", "본문1", "가신문",
                                      {Rel("가회사", "meet", "나회사", "2025-02-04", "가와 나가 만났다."),
                                       Rel("가회사", "invest", "다회사", "", "가가 다에 투자한다.", true)}),
                                 Item("d2", "본문2", "나일보",
                                      {Rel("나회사", "meet", "가회사", "2025-02-04", "나와 가의 회동."),
                                       Rel("다회사", "supply", "나회사", "2025-Q1", "다가 나에 공급.")})},
                                {}, &counts)
                    .ok());
    EXPECT_EQ(counts.new_documents, 2u);
    ASSERT_TRUE(store->AddAlias(store->graph().FindEntities("가회사").front(), "가사").ok());
    before = Dump(store->graph());
  }
  auto reopened = OpenOrDie(path);
  EXPECT_EQ(Dump(reopened->graph()), before);
  graph::KnowledgeGraph loaded;
  ASSERT_TRUE(LoadGraph(path, &loaded).ok());
  EXPECT_EQ(Dump(loaded), before);
  EXPECT_TRUE(reopened->IntegrityCheck().ok());
  // Each sentence is stored once per document.
  EXPECT_EQ(Count(path, "SELECT count(*) FROM sentences"), 4);
}

TEST(SqliteStoreTest, SameDocumentTwiceChangesNothing) {
  const std::string path = TempDb("idempotent");
  const IngestItem item = Item("d1", "본문", "가신문", {Rel("가회사", "partner", "나회사", "2025", "가와 나의 협력.")});
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store->SaveBatch({item}, {}, nullptr).ok());
  }
  const std::string before = [&] { graph::KnowledgeGraph g; EXPECT_TRUE(LoadGraph(path, &g).ok()); return Dump(g); }();
  auto store = OpenOrDie(path);
  EXPECT_EQ(store->CheckDocument("d1", item.content_hash), DocumentState::kUnchanged);
  BatchCounts counts;
  ASSERT_TRUE(store->SaveBatch({item, item}, {}, &counts).ok());
  EXPECT_EQ(counts.unchanged, 2u);
  EXPECT_EQ(counts.new_documents, 0u);
  EXPECT_EQ(Dump(store->graph()), before);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM evidence"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents"), 1);
}

TEST(SqliteStoreTest, ChangedDocumentReplacesItsEvidence) {
  const std::string path = TempDb("replace");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store->SaveBatch({Item("d1", "첫 판", "가신문", {Rel("가회사", "sue", "나회사", "2025-01", "가가 나를 고소했다.")}),
                                  Item("d2", "다른 글", "나일보", {Rel("가회사", "partner", "나회사", "2025-02", "가와 나의 협력.")})},
                                 {}, nullptr)
                    .ok());
  }
  auto store = OpenOrDie(path);
  const IngestItem fixed = Item("d1", "고친 판", "가신문", {Rel("가회사", "partner", "나회사", "2025-02", "가와 나가 손잡았다.")});
  EXPECT_EQ(store->CheckDocument("d1", fixed.content_hash), DocumentState::kChanged);
  BatchCounts counts;
  ASSERT_TRUE(store->SaveBatch({fixed}, {}, &counts).ok());
  EXPECT_EQ(counts.replaced, 1u);
  EXPECT_EQ(store->graph().event_count(), 1u);  // the lawsuit had no other evidence
  EXPECT_EQ(Count(path, "SELECT count(*) FROM relations"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM relations WHERE relation = 'sue'"), 0);
  EXPECT_EQ(Count(path, "SELECT evidence_count FROM relations"), 2);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM sentences WHERE text = '가가 나를 고소했다.'"), 0);
  EXPECT_TRUE(store->IntegrityCheck().ok());
  graph::KnowledgeGraph loaded;
  ASSERT_TRUE(LoadGraph(path, &loaded).ok());
  EXPECT_EQ(Dump(loaded), Dump(store->graph()));
}

TEST(SqliteStoreTest, CurationSurvivesReopenAndLaterIngest) {
  const std::string path = TempDb("curation");
  EntityId keep = 0;
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store->SaveBatch({Item("d1", "a", "가신문", {Rel("한빛전자", "partner", "푸른물산", "2025-01", "한빛전자와 푸른물산.")}),
                                  Item("d2", "b", "나일보", {Rel("한빛", "partner", "푸른물산", "2025-01", "한빛과 푸른물산.")})},
                                 {}, nullptr)
                    .ok());
    keep = store->graph().FindEntities("한빛전자").front();
    const EntityId gone = store->graph().FindEntities("한빛").front();
    ASSERT_NE(keep, gone);
    ASSERT_TRUE(store->MergeEntities(keep, gone).ok());
    ASSERT_TRUE(store->AddAlias(keep, "HBE").ok());
    EXPECT_EQ(store->MergeEntities(keep, keep).code(), Status::Code::kInvalidInput);
  }
  auto store = OpenOrDie(path);
  EXPECT_EQ(store->graph().FindEntities("한빛"), std::vector<EntityId>{keep});
  EXPECT_EQ(store->graph().event_count(), 1u);
  ASSERT_TRUE(store->SaveBatch({Item("d3", "c", "다방송", {Rel("한빛", "sue", "푸른물산", "2025-06", "한빛이 푸른물산을 고소.")}),
                                Item("d4", "d", "다방송", {Rel("HBE", "partner", "푸른물산", "2025-01", "HBE와 푸른물산.")})},
                               {}, nullptr)
                  .ok());
  EXPECT_EQ(store->graph().entity_count(), 2u);
  EXPECT_EQ(store->graph().event_count(), 2u);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM curation"), 2);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM entities"), 2);
  EXPECT_TRUE(store->IntegrityCheck().ok());
}

TEST(SqliteStoreTest, RejectionsAreKept) {
  const std::string path = TempDb("rejects");
  auto store = OpenOrDie(path);
  BatchCounts counts;
  ASSERT_TRUE(store->SaveBatch({}, {{"in.jsonl:3", "missing \"text\""}}, &counts).ok());
  EXPECT_EQ(counts.rejected, 1u);
  const std::vector<Rejection> r = store->Rejections();
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].where, "in.jsonl:3");
  EXPECT_EQ(r[0].reason, "missing \"text\"");
}

TEST(SqliteStoreTest, RefusesFilesThatAreNotItsDatabase) {
  const std::string other = TempDb("other");
  {
    SQLite::Database db(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t(x)");
  }
  std::unique_ptr<SqliteStore> store;
  Status s = SqliteStore::Open(other, {}, &store);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("not a newsgraph database"), std::string::npos);

  const std::string future = TempDb("future");
  {
    SQLite::Database db(future, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA user_version = 99");
  }
  s = SqliteStore::Open(future, {}, &store);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("schema version 99"), std::string::npos);

  s = SqliteStore::Open(TempDb("missing"), {.read_only = true}, &store);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
}

TEST(SqliteStoreTest, ASecondWriterIsRefusedWithThePidThatWrites) {
  const std::string path = TempDb("two_writers");
  std::unique_ptr<SqliteStore> first = OpenOrDie(path);
  std::unique_ptr<SqliteStore> second;
  const Status s = SqliteStore::Open(path, {}, &second);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(second, nullptr);
  EXPECT_NE(s.message().find("is being written by pid " + std::to_string(getpid())),
            std::string::npos)
      << s.message();
  // Readers are not writers: they open while the writer holds the lock.
  std::unique_ptr<SqliteStore> reader;
  EXPECT_TRUE(SqliteStore::Open(path, {.read_only = true}, &reader).ok());
  first.reset();
  EXPECT_TRUE(SqliteStore::Open(path, {}, &second).ok());
}

TEST(SqliteStoreTest, AWriterThatDiedLeavesNoLock) {
  const std::string path = TempDb("dead_writer");
  OpenOrDie(path).reset();
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::unique_ptr<SqliteStore> store;
    if (!SqliteStore::Open(path, {}, &store).ok()) _exit(3);
    _exit(0);  // no destructor runs: the kernel drops the lock
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_NE(OpenOrDie(path), nullptr);
}

TEST(SqliteStoreTest, ReadOnlyStoreRefusesWrites) {
  const std::string path = TempDb("read_only");
  { OpenOrDie(path); }
  auto store = OpenOrDie(path, {.read_only = true});
  EXPECT_EQ(store->SaveBatch({}, {}, nullptr).code(), Status::Code::kInvalidInput);
}

// A child process ingests batches and is killed inside the fourth batch's
// transaction (just before commit): the database must open, pass the
// integrity check, and hold exactly the three committed batches, each
// document with all of its evidence.
TEST(SqliteStoreTest, KilledMidBatchLeavesWholeDocumentsOnly) {
  const std::string path = TempDb("crash");
  constexpr int kBatch = 25;
  constexpr int kCommitted = 3;
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    int batches = 0;
    OpenOptions options;
    options.before_commit = [&batches] {
      if (++batches > kCommitted) raise(SIGKILL);
    };
    std::unique_ptr<SqliteStore> store;
    if (!SqliteStore::Open(path, options, &store).ok()) _exit(3);
    for (int b = 0; b < 10; ++b) {
      std::vector<IngestItem> items;
      for (int i = 0; i < kBatch; ++i) {
        const std::string id = "doc" + std::to_string(b * kBatch + i);
        const std::string a = "회사" + std::to_string(i % 7), c = "회사" + std::to_string(7 + i % 5);
        items.push_back(Item(id, "본문 " + id, "신문" + std::to_string(i % 3),
                             {Rel(a, "partner", c, "2025-0" + std::to_string(1 + b % 9), a + "와 " + c + " 협력 " + id),
                              Rel(c, "supply", a, "", c + "가 " + a + "에 공급 " + id)}));
      }
      if (!store->SaveBatch(items, {}, nullptr).ok()) _exit(4);
    }
    _exit(0);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "child status " << status;

  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_TRUE(store->IntegrityCheck().ok()) << store->IntegrityCheck().message();
  EXPECT_EQ(store->graph().document_count(), static_cast<std::size_t>(kBatch * kCommitted));
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents"), kBatch * kCommitted);
  // Every document has both of its pieces of evidence.
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents d WHERE "
                        "(SELECT count(*) FROM evidence e WHERE e.document_id = d.id) != 2"),
            0);
  EXPECT_EQ(store->graph().evidence_count(), static_cast<std::size_t>(2 * kBatch * kCommitted));
  // The killed batch's documents are simply new on the next run.
  EXPECT_EQ(store->CheckDocument("doc" + std::to_string(kBatch * kCommitted), "x"),
            DocumentState::kNew);
}

}  // namespace
}  // namespace newsgraph::store
