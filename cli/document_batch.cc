#include "cli/document_batch.h"

#include <iostream>
#include <sstream>
#include <string>

#include "extract/analysis.h"

namespace newsgraph::cli {
namespace {

// Thrown from the rejection sink to end a --strict batch at once.
struct StopBatch {};

}  // namespace

void AddBatchOptions(CLI::App* command, BatchOptions* batch, CommonOptions* common) {
  command->add_option("inputs", batch->inputs,
                      "Text files, directories (.txt, .jsonl), JSON Lines files, or - for stdin")
      ->required();
  command->add_option("--date", batch->text.date,
                      "Publication date YYYY-MM-DD for plain-text inputs");
  command->add_option("--source", batch->text.source, "Source name for plain-text inputs");
  command->add_option("--language", batch->text.language,
                      "Language of inputs that do not name one (ISO 639-1, e.g. ko; "
                      "default: the extractor's default language)");
  command->add_option("--title", batch->text.title, "Title for a plain-text input");
  command->add_option("--id", batch->text.id,
                      "Document id for a single plain-text input (default: file name)");
  command->add_flag("--strict", common->strict, "Stop at the first rejected input");
  command->add_option("--max-bytes", batch->text.max_bytes,
                      "Longest article text accepted, in bytes; longer ones are rejected")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->add_option("--data-dir", common->data_dir,
                      "Data directory with lexicon/ (default: compiled in)");
  command->add_option("--lexicon", common->lexicon_dirs,
                      "Extra lexicon directory (TSV files), repeatable");
}

void WarningPrinter::Print(const newsgraph::Document& doc,
                           const std::vector<std::string>& warnings) {
  for (const std::string& w : warnings) {
    if (w == extract::kNoDateWarning && undated_++ > 0) continue;
    std::cerr << "newsgraph: " << doc.origin << " (id " << doc.id << "): " << w << "\n";
  }
}

void WarningPrinter::Finish() const {
  if (undated_ > 1) {
    std::cerr << "newsgraph: " << undated_
              << " documents had no publication date: relative times left unresolved\n";
  }
}

void ReportRejection(const std::string& where, const std::string& reason) {
  std::cerr << "newsgraph: rejected " << where << ": " << reason << "\n";
}

BatchResult RunDocumentBatch(const BatchOptions& batch, bool strict,
                             const DocumentHandler& handle) {
  BatchResult result;
  auto on_document = [&](newsgraph::Document&& doc) {
    ++result.documents;
    handle(std::move(doc));
  };
  auto on_rejection = [&](input::Rejection&& r) {
    ++result.rejected;
    ReportRejection(r.where, r.reason);
    if (strict) throw StopBatch{};
  };
  try {
    input::ReadDocuments(batch.inputs, batch.text, on_document, on_rejection);
  } catch (const StopBatch&) {
    result.stopped_early = true;
  }
  return result;
}

std::unique_ptr<extract::Extractor> MakeExtractor(const CommonOptions& common) {
  extract::ExtractorOptions options;
  if (!common.data_dir.empty()) options.data_dir = common.data_dir;
  options.lexicon_dirs = common.lexicon_dirs;
  std::unique_ptr<extract::Extractor> extractor;
  std::vector<std::string> warnings;
  Status status = extract::Extractor::Create(options, &extractor, &warnings);
  for (const std::string& w : warnings) std::cerr << "newsgraph: " << w << "\n";
  if (!status.ok()) {
    // One line per bad lexicon row.
    std::istringstream lines(status.message());
    for (std::string line; std::getline(lines, line);)
      std::cerr << "newsgraph: " << line << "\n";
    return nullptr;
  }
  return extractor;
}

}  // namespace newsgraph::cli
