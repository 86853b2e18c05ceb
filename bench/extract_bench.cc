// Extraction throughput in bytes of article text per second, one thread.
// The corpus is a JSON Lines file: $NEWSGRAPH_BENCH_CORPUS, else the sample
// articles in the data directory (small; set the variable for a real figure,
// e.g. a few hundred news articles).
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "extract/ko/analysis.h"
#include "extract/pipeline.h"
#include "input/document_reader.h"

namespace {

using newsgraph::Document;
using newsgraph::extract::Extractor;

const std::vector<Document>& Corpus() {
  static const std::vector<Document>* corpus = [] {
    auto* docs = new std::vector<Document>;
    const char* env = std::getenv("NEWSGRAPH_BENCH_CORPUS");
    const std::string path =
        env != nullptr ? env : std::string(NEWSGRAPH_DATA_DIR) + "/samples/articles.jsonl";
    newsgraph::input::ReadDocuments(
        {path}, newsgraph::input::TextFileOptions{},
        [&](Document&& d) { docs->push_back(std::move(d)); },
        [&](newsgraph::input::Rejection&& r) { std::cerr << r.where << ": " << r.reason << "\n"; });
    return docs;
  }();
  return *corpus;
}

const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    std::unique_ptr<Extractor> x;
    std::vector<std::string> warnings;
    const newsgraph::Status s =
        Extractor::Create(newsgraph::extract::ExtractorOptions{}, &x, &warnings);
    if (!s.ok()) std::cerr << s.message() << "\n";
    return x.release();
  }();
  return *extractor;
}

std::int64_t CorpusBytes() {
  std::int64_t bytes = 0;
  for (const Document& d : Corpus()) bytes += static_cast<std::int64_t>(d.title.size() + d.text.size());
  return bytes;
}

// The whole pipeline: cleaning, sentences, times, entities, relations.
void BM_Extract(benchmark::State& state) {
  const Extractor& extractor = TheExtractor();
  for (auto _ : state) {
    for (const Document& d : Corpus()) benchmark::DoNotOptimize(extractor.Extract(d));
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

const newsgraph::extract::ko::PageCleaner& TheCleaner() {
  static const auto* cleaner = [] {
    auto* c = new newsgraph::extract::ko::PageCleaner;
    std::vector<std::string> warnings;
    const newsgraph::Status s = newsgraph::extract::ko::PageCleaner::Load(
        std::string(NEWSGRAPH_DATA_DIR) + "/lexicon/ko", c, &warnings);
    if (!s.ok()) std::cerr << s.message() << "\n";
    return c;
  }();
  return *cleaner;
}

// The first stage alone, to see what the later stages cost on top of it.
void BM_Analyze(benchmark::State& state) {
  const newsgraph::extract::ko::PageCleaner& cleaner = TheCleaner();
  for (auto _ : state) {
    for (const Document& d : Corpus()) {
      std::vector<std::string> warnings;
      benchmark::DoNotOptimize(newsgraph::extract::ko::AnalyzeDocument(d, cleaner, &warnings));
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
