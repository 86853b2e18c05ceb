// Tests of ingest/: the use case over a real SqliteStore with an invented
// extraction function (no lexicons): counts, per-document outcomes in input
// order whatever the thread count, batches, rejects kept, --strict, and
// the unchanged documents that are never extracted again.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace newsgraph::ingest {
namespace {

std::string TempDb(const std::string& name) {
  const std::string path = testing::TempDir() + "newsgraph_ingest_test_" +
                           std::to_string(getpid()) + "_" + name + ".db";
  for (const char* suffix : {"", "-wal", "-shm", ".writer"}) std::filesystem::remove(path + suffix);
  return path;
}

std::unique_ptr<store::SqliteStore> OpenOrDie(const std::string& path) {
  std::unique_ptr<store::SqliteStore> store;
  const Status s = store::SqliteStore::Open(path, {}, &store);
  EXPECT_TRUE(s.ok()) << s.message();
  return store;
}

newsgraph::Document Doc(const std::string& id, const std::string& text) {
  return {.id = id, .date = "2025-03-04", .title = "", .text = text, .source = "가람일보"};
}

// Every document says that 가람전자 and 다온바이오 met; the text decides
// the hash. Counts its calls (from any thread).
struct FakeExtractor {
  std::atomic<int> calls{0};
  newsgraph::Extraction operator()(const newsgraph::Document& doc) {
    ++calls;
    newsgraph::Extraction x;
    x.doc_id = doc.id;
    for (const char* name : {"가람전자", "다온바이오"}) {
      newsgraph::Entity e;
      e.name = name;
      e.type = newsgraph::EntityType::kOrg;
      e.mentions = {name};
      x.entities.push_back(e);
    }
    newsgraph::Relation r;
    r.subject = "가람전자";
    r.relation = "meet";
    r.object = "다온바이오";
    r.evidence = {doc.text, 0, 5, "text"};
    r.rule = "ingest-test";
    x.relations.push_back(r);
    x.warnings = {"note on " + doc.id};
    return x;
  }
};

// A source of documents, with rejections at the given positions.
struct Input {
  std::vector<newsgraph::Document> docs;
  std::vector<std::size_t> rejected_before;  // a rejection before docs[i]
};

DocumentSource SourceOf(const Input& input) {
  return [&input](const input::DocumentSink& on_document, const input::RejectionSink& on_rejection) {
    for (std::size_t i = 0; i < input.docs.size(); ++i) {
      for (std::size_t r : input.rejected_before) {
        if (r == i) on_rejection({"in.jsonl:" + std::to_string(i + 1), "empty text"});
      }
      on_document(newsgraph::Document(input.docs[i]));
    }
  };
}

// Records what the observer sees, as text, in order.
class Recorder : public IngestObserver {
 public:
  void OnUnchanged(const newsgraph::Document& doc) override { log.push_back("unchanged " + doc.id); }
  void OnExtracted(const newsgraph::Document& doc, const newsgraph::Extraction& x) override {
    log.push_back("extracted " + doc.id + " (" + x.warnings.front() + ")");
  }
  void OnRejected(const std::string& where, const std::string& reason) override {
    log.push_back("rejected " + where + ": " + reason);
  }
  void OnBatch(const Status& status, const std::vector<std::string>&) override {
    log.push_back(status.ok() ? "batch" : "batch failed: " + status.message());
  }
  std::vector<std::string> log;
};

TEST(IngestorTest, CountsEveryOutcomeAndReportsThemInInputOrder) {
  auto store = OpenOrDie(TempDb("outcomes"));
  FakeExtractor fake;
  Ingestor ingestor(store.get(), std::ref(fake), {.batch_size = 2, .threads = 4});
  const Input input{{Doc("d1", "가람전자와 다온바이오가 만났다."), Doc("d2", "두 회사가 다시 만났다."),
                     Doc("d3", "세 번째 만남.")},
                    {1}};
  Recorder recorder;
  const IngestResult result = ingestor.Run(SourceOf(input), &recorder);
  ASSERT_TRUE(result.status.ok()) << result.status.message();
  EXPECT_EQ(result.inputs, 4u);
  EXPECT_EQ(result.counts.new_documents, 3u);
  EXPECT_EQ(result.counts.rejected, 1u);
  EXPECT_FALSE(result.stopped_early);
  // The rejection is reported when read; the two batches hold two and one
  // documents (the rejection goes with the first).
  EXPECT_EQ(recorder.log, (std::vector<std::string>{
                              "rejected in.jsonl:2: empty text", "extracted d1 (note on d1)",
                              "extracted d2 (note on d2)", "batch", "extracted d3 (note on d3)",
                              "batch"}));
  EXPECT_EQ(store->graph().document_count(), 3u);
  EXPECT_EQ(store->graph().event_count(), 1u);
  ASSERT_EQ(store->Rejections().size(), 1u);
  EXPECT_EQ(store->Rejections()[0].where, "in.jsonl:2");
}

TEST(IngestorTest, UnchangedDocumentsAreNotExtractedAgainAndEditedOnesReplaced) {
  const std::string path = TempDb("again");
  FakeExtractor fake;
  Input input{{Doc("d1", "첫 글."), Doc("d2", "둘째 글.")}, {}};
  {
    auto store = OpenOrDie(path);
    Ingestor(store.get(), std::ref(fake)).Run(SourceOf(input));
  }
  EXPECT_EQ(fake.calls, 2);
  input.docs[1].text = "고쳐 쓴 둘째 글.";
  auto store = OpenOrDie(path);
  Recorder recorder;
  const IngestResult result =
      Ingestor(store.get(), std::ref(fake), {.threads = 1}).Run(SourceOf(input), &recorder);
  EXPECT_EQ(fake.calls, 3);  // only the edited one
  EXPECT_EQ(result.counts.unchanged, 1u);
  EXPECT_EQ(result.counts.replaced, 1u);
  EXPECT_EQ(result.counts.new_documents, 0u);
  EXPECT_EQ(recorder.log, (std::vector<std::string>{"unchanged d1", "extracted d2 (note on d2)",
                                                    "batch"}));
}

TEST(IngestorTest, StrictStopsReadingAtTheFirstRejectionAndKeepsIt) {
  auto store = OpenOrDie(TempDb("strict"));
  FakeExtractor fake;
  const Input input{{Doc("d1", "하나."), Doc("d2", "둘."), Doc("d3", "셋.")}, {1, 2}};
  const IngestResult result =
      Ingestor(store.get(), std::ref(fake), {.strict = true}).Run(SourceOf(input));
  EXPECT_TRUE(result.stopped_early);
  EXPECT_EQ(result.inputs, 2u);
  EXPECT_EQ(result.counts.new_documents, 1u);
  EXPECT_EQ(result.counts.rejected, 1u);
  EXPECT_EQ(store->graph().document_count(), 1u);
  EXPECT_EQ(store->Rejections().size(), 1u);
}

TEST(IngestorTest, ADocumentInAnUnsupportedLanguageIsRejectedNotStoredEmpty) {
  auto store = OpenOrDie(TempDb("language"));
  FakeExtractor fake;
  Input input{{Doc("ko", "하나."), Doc("en", "One."), Doc("plain", "둘.")}, {}};
  input.docs[0].language = "ko";
  input.docs[1].language = "en";
  input.docs[1].origin = "in.jsonl:2";
  Recorder recorder;
  const IngestResult result =
      Ingestor(store.get(), std::ref(fake),
               {.threads = 1,
                .supports_language = [](std::string_view l) { return l.empty() || l == "ko"; }})
          .Run(SourceOf(input), &recorder);
  EXPECT_EQ(fake.calls, 2);
  EXPECT_EQ(result.counts.new_documents, 2u);
  EXPECT_EQ(result.counts.rejected, 1u);
  EXPECT_EQ(store->graph().document_count(), 2u);
  ASSERT_EQ(store->Rejections().size(), 1u);
  EXPECT_EQ(store->Rejections()[0].where, "in.jsonl:2 (id en)");
  EXPECT_EQ(store->Rejections()[0].reason, "unsupported language \"en\"");
}

TEST(IngestorTest, AFailedWriteIsReportedOnceAndNothingMoreIsWritten) {
  const std::string path = TempDb("read_only");
  { OpenOrDie(path); }
  std::unique_ptr<store::SqliteStore> store;
  ASSERT_TRUE(store::SqliteStore::Open(path, {.read_only = true}, &store).ok());
  FakeExtractor fake;
  const Input input{{Doc("d1", "하나."), Doc("d2", "둘."), Doc("d3", "셋.")}, {}};
  Recorder recorder;
  const IngestResult result = Ingestor(store.get(), std::ref(fake), {.batch_size = 1, .threads = 1})
                                  .Run(SourceOf(input), &recorder);
  EXPECT_FALSE(result.status.ok());
  EXPECT_EQ(fake.calls, 3);  // the source is still read to its end
  EXPECT_EQ(std::count_if(recorder.log.begin(), recorder.log.end(),
                          [](const std::string& line) { return line.rfind("batch", 0) == 0; }),
            1);
  EXPECT_EQ(recorder.log[1].rfind("batch failed: ", 0), 0u) << recorder.log[1];
}

}  // namespace
}  // namespace newsgraph::ingest
