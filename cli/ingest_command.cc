// newsgraph ingest --db FILE INPUT...: extract every document and merge it
// into the knowledge graph stored in FILE. Unchanged documents (same id and
// content hash) are skipped before extraction; one transaction per batch.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/document_batch.h"
#include "cli/ordered_pool.h"
#include "cli/progress.h"
#include "store/sqlite_store.h"

namespace newsgraph::cli {
namespace {

struct IngestOptions {
  BatchOptions batch;
  std::string db;
  std::size_t batch_size = 1000;
  int threads = 0;  // 0 = one per core
};

// A document that needs extraction, with the hash computed once.
struct Pending {
  newsgraph::Document doc;
  std::string hash;
};

// Thrown from the rejection sink to end a --strict run at once.
struct StopIngest {};

class Ingester {
 public:
  Ingester(store::SqliteStore* store, const extract::Extractor* extractor,
           const IngestOptions& options)
      : store_(store),
        extractor_(extractor),
        options_(options),
        pool_(
            options.threads > 0
                ? options.threads
                : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())),
            [this](const Pending& p) { return extractor_->Extract(p.doc); },
            [this](Pending&& p, newsgraph::Extraction&& x) { Collect(std::move(p), std::move(x)); }) {}

  // Called on the reading thread for every document read.
  void OnDocument(newsgraph::Document&& doc) {
    ++read_;
    std::string hash = store::ContentHash(doc);
    if (store_->CheckDocument(doc.id, hash) == store::DocumentState::kUnchanged) {
      ++counts_.unchanged;  // nothing to extract or write
      progress_.Tick();
      return;
    }
    pool_.Push(Pending{std::move(doc), std::move(hash)});
  }

  void OnRejection(input::Rejection&& r) {
    ReportRejection(r.where, r.reason);
    rejections_.push_back(store::Rejection{std::move(r.where), std::move(r.reason)});
  }

  // Writes what is left; false when a write failed (already reported).
  bool Finish() {
    pool_.Finish();
    Flush();
    progress_.Finish();
    warnings_.Finish();
    return ok_;
  }

  int Summary(bool stopped_early) const {
    const graph::KnowledgeGraph& g = store_->graph();
    std::cerr << "ingest: " << read_ + rejected_read_ << " inputs in " << std::fixed
              << std::setprecision(2) << progress_.Seconds()
              << " s: " << counts_.new_documents << " new, " << counts_.unchanged
              << " unchanged, " << counts_.replaced << " replaced, " << counts_.rejected
              << " rejected" << (stopped_early ? " (stopped at the first rejection: --strict)" : "")
              << "\n"
              << "graph: " << g.entity_count() << " entities, " << g.event_count() << " events, "
              << g.evidence_count() << " evidence, " << g.document_count() << " documents in "
              << store_->path() << "\n";
    if (!ok_) return kExitUsage;
    return counts_.rejected > 0 ? kExitRejected : kExitOk;
  }

  void CountRejectedRead() { ++rejected_read_; }

 private:
  void Collect(Pending&& p, newsgraph::Extraction&& x) {
    warnings_.Print(p.doc, x.warnings);
    store::IngestItem item;
    item.document = {p.doc.id, p.doc.date, p.doc.source, p.doc.title, p.doc.url};
    item.content_hash = std::move(p.hash);
    item.extraction = std::move(x);
    items_.push_back(std::move(item));
    progress_.Tick();
    if (items_.size() >= options_.batch_size) Flush();
  }

  void Flush() {
    if (!ok_ || (items_.empty() && rejections_.empty())) return;
    std::vector<std::string> warnings;
    const Status s = store_->SaveBatch(items_, rejections_, &counts_, &warnings);
    for (const std::string& w : warnings) std::cerr << "newsgraph: skipped " << w << "\n";
    if (!s.ok()) {
      std::cerr << "newsgraph: " << s.message() << "\n";
      ok_ = false;
    }
    items_.clear();
    rejections_.clear();
  }

  store::SqliteStore* store_;
  const extract::Extractor* extractor_;
  const IngestOptions& options_;
  Progress progress_{"ingest"};
  WarningPrinter warnings_;
  store::BatchCounts counts_;
  std::vector<store::IngestItem> items_;
  std::vector<store::Rejection> rejections_;
  std::size_t read_ = 0, rejected_read_ = 0;
  bool ok_ = true;
  OrderedPool<Pending, newsgraph::Extraction> pool_;  // last: its threads use the above
};

int RunIngest(const IngestOptions& options, const CommonOptions& common) {
  std::unique_ptr<store::SqliteStore> store;
  const Status opened = store::SqliteStore::Open(options.db, {}, &store);
  if (!opened.ok()) {
    std::cerr << "newsgraph: " << opened.message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<extract::Extractor> extractor = MakeExtractor(common);
  if (!extractor) return kExitUsage;
  Ingester ingester(store.get(), extractor.get(), options);
  bool stopped_early = false;
  try {
    input::ReadDocuments(
        options.batch.inputs, options.batch.text,
        [&](newsgraph::Document&& doc) { ingester.OnDocument(std::move(doc)); },
        [&](input::Rejection&& r) {
          ingester.CountRejectedRead();
          ingester.OnRejection(std::move(r));
          if (common.strict) throw StopIngest{};
        });
  } catch (const StopIngest&) {
    stopped_early = true;
  }
  ingester.Finish();
  return ingester.Summary(stopped_early);
}

}  // namespace

void AddIngestCommand(CLI::App& app, CommonOptions& common, CommandRunner* run) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Extract documents and merge them into the knowledge graph database");
  AddBatchOptions(cmd, &options->batch, &common);
  cmd->add_option("--db", options->db, "SQLite database file (created when missing)")
      ->required();
  cmd->add_option("--batch", options->batch_size,
                  "Documents per transaction (a killed run keeps whole batches)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--threads", options->threads,
                  "Extraction threads (default: one per core)");
  cmd->callback([options, &common, run] {
    *run = [options, &common] { return RunIngest(*options, common); };
  });
}

}  // namespace newsgraph::cli
