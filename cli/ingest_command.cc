// newsgraph ingest --db FILE INPUT...: extract every document and merge it
// into the knowledge graph stored in FILE (the work is ingest/ingest.h).
// This file parses the options, prints progress, warnings, rejections and
// the summary, and returns the exit code.
#include <iomanip>
#include <iostream>

#include "cli/commands.h"
#include "cli/document_batch.h"
#include "cli/progress.h"
#include "ingest/ingest.h"
#include "store/sqlite_store.h"

namespace newsgraph::cli {
namespace {

struct IngestCommandOptions {
  BatchOptions batch;
  std::string db;
  std::size_t batch_size = 1000;
  int threads = 0;  // 0 = one per core
};

// Progress, extraction warnings, rejections and write errors on stderr.
class ConsoleObserver : public ingest::IngestObserver {
 public:
  void OnUnchanged(const newsgraph::Document&) override { progress_.Tick(); }
  void OnExtracted(const newsgraph::Document& doc, const newsgraph::Extraction& x) override {
    warnings_.Print(doc, x.warnings);
    progress_.Tick();
  }
  void OnRejected(const std::string& where, const std::string& reason) override {
    ReportRejection(where, reason);
  }
  void OnBatch(const Status& status, const std::vector<std::string>& skipped) override {
    for (const std::string& w : skipped) std::cerr << "newsgraph: skipped " << w << "\n";
    if (!status.ok()) std::cerr << "newsgraph: " << status.message() << "\n";
  }
  void Finish() {
    progress_.Finish();
    warnings_.Finish();
  }
  double Seconds() const { return progress_.Seconds(); }

 private:
  Progress progress_{"ingest"};
  WarningPrinter warnings_;
};

int PrintSummary(const ingest::IngestResult& r, double seconds, const store::SqliteStore& store) {
  const graph::KnowledgeGraph& g = store.graph();
  std::cerr << "ingest: " << r.inputs << " inputs in " << std::fixed << std::setprecision(2)
            << seconds << " s: " << r.counts.new_documents << " new, " << r.counts.unchanged
            << " unchanged, " << r.counts.replaced << " replaced, " << r.counts.rejected
            << " rejected"
            << (r.stopped_early ? " (stopped at the first rejection: --strict)" : "") << "\n"
            << "graph: " << g.entity_count() << " entities, " << g.event_count() << " events, "
            << g.evidence_count() << " evidence, " << g.document_count() << " documents in "
            << store.path() << "\n";
  if (!r.status.ok()) return kExitUsage;
  return r.counts.rejected > 0 ? kExitRejected : kExitOk;
}

int RunIngest(const IngestCommandOptions& options, const CommonOptions& common) {
  std::unique_ptr<store::SqliteStore> store;
  const Status opened = store::SqliteStore::Open(options.db, {}, &store);
  if (!opened.ok()) {
    std::cerr << "newsgraph: " << opened.message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<extract::Extractor> extractor = MakeExtractor(common);
  if (!extractor) return kExitUsage;
  ingest::Ingestor ingestor(store.get(), ingest::ExtractWith(*extractor),
                            {.batch_size = options.batch_size,
                             .threads = options.threads,
                             .strict = common.strict,
                             .supports_language = [&](std::string_view language) {
                               return extractor->Supports(language);
                             }});
  ConsoleObserver console;
  const ingest::IngestResult result =
      ingestor.Run(ingest::ReadFiles(options.batch.inputs, options.batch.text), &console);
  console.Finish();
  return PrintSummary(result, console.Seconds(), *store);
}

}  // namespace

void AddIngestCommand(CLI::App& app, CommonOptions& common, CommandRunner* run) {
  auto options = std::make_shared<IngestCommandOptions>();
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
