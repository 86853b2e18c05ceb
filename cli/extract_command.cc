// newsgraph extract: documents in, one JSON line per document out
// (../shared/eval/CONTRACT.md section 1), in input order.
#include <iostream>

#include "cli/document_batch.h"
#include "cli/progress.h"
#include "export/extraction_json.h"

namespace newsgraph::cli {
namespace {

struct ExtractOptions {
  BatchOptions batch;
  std::string format = "jsonl";
};

int RunExtract(const ExtractOptions& options, const CommonOptions& common) {
  std::unique_ptr<extract::Extractor> extractor = MakeExtractor(common);
  if (!extractor) return kExitUsage;
  Progress progress("extract");
  std::size_t relations = 0;
  BatchResult result = RunDocumentBatch(
      options.batch, common.strict, [&](extract::Document&& doc) {
        extract::Extraction extraction = extractor->Extract(doc);
        for (const std::string& w : extraction.warnings) {
          std::cerr << "newsgraph: " << doc.origin << " (id " << doc.id << "): " << w << "\n";
        }
        relations += extraction.relations.size();
        std::cout << exporter::ExtractionToJsonLine(extraction) << '\n';
        progress.Tick();
      });
  progress.Finish();
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
  cmd->callback([options, &common, run] {
    *run = [options, &common] { return RunExtract(*options, common); };
  });
}

}  // namespace newsgraph::cli
