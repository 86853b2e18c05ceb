#include "ingest/ingest.h"

#include <utility>

#include "ingest/ordered_pool.h"

namespace newsgraph::ingest {
namespace {

// A document that needs extraction, with its hash computed once.
struct Pending {
  newsgraph::Document doc;
  std::string hash;
};

// Thrown from the rejection sink to end a strict run at once.
struct StopIngest {};

// The state of one Ingestor::Run. Extraction runs in the pool; everything
// else (hash checks, observer calls, SQLite writes) on the caller's thread.
class IngestRun {
 public:
  IngestRun(store::SqliteStore* store, const ExtractFunction& extract, const IngestOptions& options,
      IngestObserver* observer)
      : store_(store),
        options_(options),
        observer_(observer),
        pool_(ThreadCount(options.threads), [&extract](const Pending& p) { return extract(p.doc); },
              [this](Pending&& p, newsgraph::Extraction&& x) { Collect(std::move(p), std::move(x)); }) {}

  void OnDocument(newsgraph::Document&& doc) {
    if (options_.supports_language && !options_.supports_language(doc.language)) {
      return OnRejection({doc.origin + " (id " + doc.id + ")",
                          "unsupported language \"" + doc.language + "\""});
    }
    ++result_.inputs;
    std::string hash = store::ContentHash(doc);
    if (store_->CheckDocument(doc.id, hash) == store::DocumentState::kUnchanged) {
      ++result_.counts.unchanged;  // nothing to extract or write
      observer_->OnUnchanged(doc);
      return;
    }
    pool_.Push(Pending{std::move(doc), std::move(hash)});
  }

  void OnRejection(input::Rejection&& r) {
    ++result_.inputs;
    observer_->OnRejected(r.where, r.reason);
    rejections_.push_back(store::Rejection{std::move(r.where), std::move(r.reason)});
    if (options_.strict) throw StopIngest{};
  }

  IngestResult Finish(bool stopped_early) {
    pool_.Finish();
    Flush();
    result_.stopped_early = stopped_early;
    return std::move(result_);
  }

 private:
  void Collect(Pending&& p, newsgraph::Extraction&& x) {
    observer_->OnExtracted(p.doc, x);
    store::IngestItem item;
    item.document = {p.doc.id, p.doc.date, p.doc.source, p.doc.title, p.doc.url};
    item.content_hash = std::move(p.hash);
    item.extraction = std::move(x);
    items_.push_back(std::move(item));
    if (items_.size() >= options_.batch_size) Flush();
  }

  void Flush() {
    if (!result_.status.ok() || (items_.empty() && rejections_.empty())) return;
    std::vector<std::string> skipped;
    result_.status = store_->SaveBatch(items_, rejections_, &result_.counts, &skipped);
    observer_->OnBatch(result_.status, skipped);
    items_.clear();
    rejections_.clear();
  }

  store::SqliteStore* store_;
  const IngestOptions& options_;
  IngestObserver* observer_;
  IngestResult result_;
  std::vector<store::IngestItem> items_;
  std::vector<store::Rejection> rejections_;
  OrderedPool<Pending, newsgraph::Extraction> pool_;  // last: its threads use the above
};

}  // namespace

void IngestObserver::OnUnchanged(const newsgraph::Document&) {}
void IngestObserver::OnExtracted(const newsgraph::Document&, const newsgraph::Extraction&) {}
void IngestObserver::OnRejected(const std::string&, const std::string&) {}
void IngestObserver::OnBatch(const Status&, const std::vector<std::string>&) {}

DocumentSource ReadFiles(std::vector<std::string> paths, input::TextFileOptions options) {
  return [paths = std::move(paths), options = std::move(options)](
             const input::DocumentSink& on_document, const input::RejectionSink& on_rejection) {
    input::ReadDocuments(paths, options, on_document, on_rejection);
  };
}

ExtractFunction ExtractWith(const extract::Extractor& extractor) {
  return [&extractor](const newsgraph::Document& doc) { return extractor.Extract(doc); };
}

Ingestor::Ingestor(store::SqliteStore* store, ExtractFunction extract, IngestOptions options)
    : store_(store), extract_(std::move(extract)), options_(options) {}

IngestResult Ingestor::Run(const DocumentSource& source, IngestObserver* observer) {
  IngestObserver silent;
  IngestRun run(store_, extract_, options_, observer != nullptr ? observer : &silent);
  bool stopped_early = false;
  try {
    source([&](newsgraph::Document&& doc) { run.OnDocument(std::move(doc)); },
           [&](input::Rejection&& r) { run.OnRejection(std::move(r)); });
  } catch (const StopIngest&) {
    stopped_early = true;
  }
  return run.Finish(stopped_early);
}

}  // namespace newsgraph::ingest
