// The ingest use case: documents from a source are extracted (in parallel,
// results kept in input order) and merged into the knowledge graph of a
// SqliteStore, one transaction per batch. A document whose id and content
// hash are already stored is skipped before extraction. Inputs the source
// cannot read are kept in the store's rejects table.
//
// The library prints nothing: every document's outcome and every batch
// written reach an IngestObserver, on the thread that calls Run, in input
// order; the counts come back in IngestResult. `newsgraph ingest` prints
// progress and rejections from the observer; bench/ingest_bench only counts.
#ifndef NEWSGRAPH_INGEST_INGEST_H_
#define NEWSGRAPH_INGEST_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/extraction.h"
#include "core/status.h"
#include "extract/pipeline.h"
#include "input/document_reader.h"
#include "store/sqlite_store.h"

namespace newsgraph::ingest {

struct IngestOptions {
  std::size_t batch_size = 1000;  // documents per transaction (a killed run keeps whole batches)
  int threads = 0;                // extraction threads; 0 = one per core, 1 = inline
  bool strict = false;            // stop reading at the first rejected input
  // Whether the extractor reads a document's language; a document it does
  // not is rejected ("unsupported language"), not stored empty. Empty: all.
  std::function<bool(std::string_view language)> supports_language;
};

// Streams documents and rejected inputs to the two sinks, in input order.
// With IngestOptions::strict, Run ends the source at the first rejection by
// throwing from the rejection sink (an exception of the library's own that
// Run catches): a source must let exceptions from its sinks pass through.
using DocumentSource =
    std::function<void(const input::DocumentSink&, const input::RejectionSink&)>;

// The documents of input::ReadDocuments(paths, options).
DocumentSource ReadFiles(std::vector<std::string> paths, input::TextFileOptions options);

// Turns a document into its extraction. Called from IngestOptions::threads
// threads at once: it must be thread-safe.
using ExtractFunction = std::function<newsgraph::Extraction(const newsgraph::Document&)>;

// Extractor::Extract; `extractor` must outlive the function.
ExtractFunction ExtractWith(const extract::Extractor& extractor);

// Callbacks during Run, all on Run's thread. The default does nothing.
class IngestObserver {
 public:
  virtual ~IngestObserver() = default;
  // A document stored earlier with the same content: not extracted again.
  virtual void OnUnchanged(const newsgraph::Document& document);
  // A document extracted and queued for writing (extraction.warnings says
  // what extraction could not do).
  virtual void OnExtracted(const newsgraph::Document& document,
                           const newsgraph::Extraction& extraction);
  // An input the source could not read; it goes to the rejects table.
  virtual void OnRejected(const std::string& where, const std::string& reason);
  // One batch written: `skipped` lists the relations the graph skipped
  // (KnowledgeGraph::AddDocument's warnings). A failed write is reported
  // once, here; no later batch is written.
  virtual void OnBatch(const Status& status, const std::vector<std::string>& skipped);
};

struct IngestResult {
  store::BatchCounts counts;   // new, unchanged, replaced, rejected
  std::size_t inputs = 0;      // documents read plus inputs rejected
  bool stopped_early = false;  // strict met a rejection
  Status status;               // the failed write, when one failed
};

class Ingestor {
 public:
  // `store` must outlive the Ingestor and must not be used elsewhere while
  // Run runs.
  Ingestor(store::SqliteStore* store, ExtractFunction extract, IngestOptions options = {});

  // Reads `source` to its end (or to the first rejection with strict),
  // writes every batch and returns the counts. After a failed write the rest
  // of the source is still read and extracted but not written, and
  // result.status carries the error (the store refuses writes until it is
  // reopened). `observer` may be null.
  IngestResult Run(const DocumentSource& source, IngestObserver* observer = nullptr);

 private:
  store::SqliteStore* store_;
  ExtractFunction extract_;
  IngestOptions options_;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_INGEST_H_
