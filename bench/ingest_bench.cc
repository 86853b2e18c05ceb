// Store-side ingest benchmark (scripts/bench-ingest runs it next to the
// end-to-end `newsgraph ingest`): extracts each article of a JSON Lines
// corpus once, then ingests N documents (the corpus replicated with distinct
// ids "id#k") through the same ingest library as `newsgraph ingest`
// (ingest/ingest.h), on one thread, with an extraction function that hands
// back the extraction made earlier: the figure is hashing, the graph merge
// and SQLite alone. Then reopens the database and measures load time and
// timeline latency (p50/p99 over every entity, table form: one evidence
// sentence per event, and JSON form: all evidence).
//
//   ingest_bench CORPUS.jsonl ARTICLES DB [BATCH]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "input/document_reader.h"
#include "store/sqlite_store.h"

namespace {

using namespace newsgraph;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void TimelineLatency(const graph::KnowledgeGraph& g, std::size_t max_evidence, const char* label) {
  std::vector<double> micros;
  std::size_t events = 0;
  for (graph::EntityId id : g.EntityIds()) {
    const auto start = Clock::now();
    events += g.Timeline({.entity = id, .max_evidence = max_evidence}).size();
    micros.push_back(Seconds(start) * 1e6);
  }
  std::printf("timeline (%s): %zu entities, p50 %.1f us, p99 %.1f us, max %.1f us, %.1f events/entity\n",
              label, micros.size(), Percentile(micros, 0.5), Percentile(micros, 0.99),
              Percentile(micros, 1.0), micros.empty() ? 0.0 : double(events) / micros.size());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: ingest_bench CORPUS.jsonl ARTICLES DB [BATCH]\n";
    return 2;
  }
  const std::string corpus = argv[1];
  const std::size_t articles = std::strtoul(argv[2], nullptr, 10);
  const std::string db = argv[3];
  const std::size_t batch = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 1000;

  std::vector<newsgraph::Document> docs;
  input::ReadDocuments({corpus}, {}, [&](newsgraph::Document&& d) { docs.push_back(std::move(d)); },
                       [](input::Rejection&& r) { std::cerr << r.where << ": " << r.reason << "\n"; });
  std::unique_ptr<extract::Extractor> extractor;
  std::vector<std::string> warnings;
  if (Status s = extract::Extractor::Create({}, &extractor, &warnings); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  auto start = Clock::now();
  std::vector<newsgraph::Extraction> extractions;
  std::size_t relations = 0;
  for (const newsgraph::Document& d : docs) {
    extractions.push_back(extractor->Extract(d));
    relations += extractions.back().relations.size();
  }
  const double extract_s = Seconds(start);
  std::printf("extraction (1 thread): %zu articles, %zu relations, %.0f articles/s\n", docs.size(),
              relations, docs.size() / extract_s);

  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  std::unique_ptr<store::SqliteStore> store;
  if (Status s = store::SqliteStore::Open(db, {}, &store); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  // Copy k of document d is "id#k"; its extraction is d's, under the new id.
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t d = 0; d < docs.size(); ++d) index.emplace(docs[d].id, d);
  ingest::DocumentSource replicas = [&](const input::DocumentSink& on_document,
                                        const input::RejectionSink&) {
    for (std::size_t i = 0; i < articles; ++i) {
      newsgraph::Document copy = docs[i % docs.size()];
      copy.id.append("#").append(std::to_string(i / docs.size()));  // not "#" + ...: g++ 12 warns falsely
      on_document(std::move(copy));
    }
  };
  ingest::ExtractFunction made_earlier = [&](const newsgraph::Document& doc) {
    newsgraph::Extraction x = extractions[index.at(doc.id.substr(0, doc.id.rfind('#')))];
    x.doc_id = doc.id;
    return x;
  };
  start = Clock::now();
  ingest::Ingestor ingestor(store.get(), made_earlier, {.batch_size = batch, .threads = 1});
  const ingest::IngestResult result = ingestor.Run(replicas);
  if (!result.status.ok()) {
    std::cerr << result.status.message() << "\n";
    return 1;
  }
  const double store_s = Seconds(start);
  const graph::GraphStats stats = store->graph().Stats();
  const std::size_t bytes = store->FileBytes();
  std::printf("store alone: %zu articles in %.2f s = %.0f articles/s (batch %zu)\n", articles,
              store_s, articles / store_s, batch);
  std::printf("graph: %zu entities, %zu events, %zu evidence, memory %.1f MB\n", stats.entities,
              stats.events, stats.evidence, stats.memory_bytes / 1e6);
  std::printf("database: %.1f MB, %.0f bytes/document, %.0f bytes/evidence\n", bytes / 1e6,
              double(bytes) / articles, stats.evidence ? double(bytes) / stats.evidence : 0.0);
  store.reset();

  start = Clock::now();
  if (Status s = store::SqliteStore::Open(db, {.read_only = true}, &store); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  std::printf("reopen (load graph): %.2f s\n", Seconds(start));
  TimelineLatency(store->graph(), 1, "table: 1 sentence/event");
  TimelineLatency(store->graph(), 0, "json: all evidence");
  return 0;
}
