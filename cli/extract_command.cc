// newsgraph extract: documents in, one JSON line per document out
// (../shared/eval/CONTRACT.md section 1), in input order.
#include <iostream>

#include <algorithm>
#include <thread>

#include "cli/document_batch.h"
#include "cli/ordered_pool.h"
#include "cli/progress.h"
#include "export/extraction_json.h"

namespace newsgraph::cli {
namespace {

struct ExtractOptions {
  BatchOptions batch;
  std::string format = "jsonl";
  int threads = 0;  // 0 = one per core
};

int ThreadCount(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

int RunExtract(const ExtractOptions& options, const CommonOptions& common) {
  std::unique_ptr<extract::Extractor> extractor = MakeExtractor(common);
  if (!extractor) return kExitUsage;
  Progress progress("extract");
  std::size_t relations = 0;
  WarningPrinter warnings;
  OrderedPool<newsgraph::Document, newsgraph::Extraction> pool(
      ThreadCount(options.threads),
      [&](const newsgraph::Document& doc) { return extractor->Extract(doc); },
      [&](newsgraph::Document&& doc, newsgraph::Extraction&& extraction) {
        warnings.Print(doc, extraction.warnings);
        relations += extraction.relations.size();
        std::cout << exporter::ExtractionToJsonLine(extraction) << '\n';
        progress.Tick();
      });
  BatchResult result = RunDocumentBatch(
      options.batch, common.strict,
      [&](newsgraph::Document&& doc) { pool.Push(std::move(doc)); });
  pool.Finish();
  progress.Finish();
  warnings.Finish();
  std::cout.flush();
  std::cerr << "extract: " << result.documents << " documents, " << relations
            << " relations, " << result.rejected << " rejected"
            << (result.stopped_early ? " (stopped at the first rejection: --strict)" : "")
            << "\n";
  return result.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, CommonOptions& common, CommandRunner* run) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Extract entities and relations, one JSON line per document");
  AddBatchOptions(cmd, &options->batch, &common);
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"jsonl"}));
  cmd->add_option("--threads", options->threads,
                  "Extraction threads (default: one per core); output order is kept");
  cmd->callback([options, &common, run] {
    *run = [options, &common] { return RunExtract(*options, common); };
  });
}

}  // namespace newsgraph::cli
