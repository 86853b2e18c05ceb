// newsgraph extract: documents in, one JSON line per document out
// (../shared/eval/CONTRACT.md section 1), in input order.
#include <iostream>

#include <algorithm>
#include <memory>

#include "cli/document_batch.h"
#include "cli/progress.h"
#include "export/extraction_json.h"
#include "ingest/ordered_pool.h"

namespace newsgraph::cli {
namespace {

struct ExtractOptions {
  BatchOptions batch;
  std::string format = "jsonl";
  int threads = 0;  // 0 = one per core
  bool explain = false;
  double min_score = 0.0;
};

// One document's output line: the extraction, filtered by score, and its
// trace with --explain.
struct ExtractResult {
  newsgraph::Extraction extraction;
  std::unique_ptr<newsgraph::Explanation> explanation;
};

// Drops entities and relations scored below `min_score` (and relations
// whose ends were dropped).
void FilterByScore(double min_score, newsgraph::Extraction* e) {
  if (min_score <= 0) return;
  std::erase_if(e->entities, [&](const newsgraph::Entity& x) { return x.score < min_score; });
  std::erase_if(e->relations, [&](const newsgraph::Relation& r) {
    const auto named = [&](const std::string& name) {
      return std::any_of(e->entities.begin(), e->entities.end(),
                         [&](const newsgraph::Entity& x) { return x.name == name; });
    };
    return r.score < min_score || !named(r.subject) || !named(r.object);
  });
}

ExtractResult ExtractOne(const extract::Extractor& extractor,
                         const ExtractOptions& options, const newsgraph::Document& doc) {
  ExtractResult result;
  if (options.explain) {
    result.explanation = std::make_unique<newsgraph::Explanation>();
    result.extraction = extractor.Explain(doc, result.explanation.get());
  } else {
    result.extraction = extractor.Extract(doc);
  }
  FilterByScore(options.min_score, &result.extraction);
  return result;
}

std::string SupportedLanguages(const extract::Extractor& extractor) {
  std::string out;
  for (const std::string& l : extractor.languages()) out += (out.empty() ? "" : ", ") + l;
  return out;
}

int RunExtract(const ExtractOptions& options, const CommonOptions& common) {
  std::unique_ptr<extract::Extractor> extractor = MakeExtractor(common);
  if (!extractor) return kExitUsage;
  Progress progress("extract");
  std::size_t relations = 0;
  WarningPrinter warnings;
  ingest::OrderedPool<newsgraph::Document, ExtractResult> pool(
      ingest::ThreadCount(options.threads),
      [&](const newsgraph::Document& doc) { return ExtractOne(*extractor, options, doc); },
      [&](newsgraph::Document&& doc, ExtractResult&& r) {
        warnings.Print(doc, r.extraction.warnings);
        relations += r.extraction.relations.size();
        std::cout << exporter::ExtractionToJsonLine(r.extraction, r.explanation.get()) << '\n';
        progress.Tick();
      });
  std::size_t unsupported = 0;
  BatchResult result = RunDocumentBatch(
      options.batch, common.strict, [&](newsgraph::Document&& doc) {
        if (!extractor->Supports(doc.language)) {
          ++unsupported;
          ReportRejection(doc.origin + " (id " + doc.id + ")",
                          "unsupported language \"" + doc.language +
                              "\" (supported: " + SupportedLanguages(*extractor) + ")");
          return;
        }
        pool.Push(std::move(doc));
      });
  result.rejected += unsupported;
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
  cmd->add_flag("--explain", options->explain,
                "Add how each sentence was read under \"explain\": tokens, mentions with "
                "the recogniser that found them, times, cues and their frames, verdicts");
  cmd->add_option("--min-score", options->min_score,
                  "Leave out entities and relations scored below this (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([options, &common, run] {
    *run = [options, &common] { return RunExtract(*options, common); };
  });
}

}  // namespace newsgraph::cli
