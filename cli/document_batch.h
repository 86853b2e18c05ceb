// Shared by extract and ingest: read every input, hand each document to a
// callback, report each rejected input on stderr as it happens
// ("newsgraph: rejected FILE:LINE: reason"), and count.
#ifndef NEWSGRAPH_CLI_DOCUMENT_BATCH_H_
#define NEWSGRAPH_CLI_DOCUMENT_BATCH_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/document.h"
#include "extract/pipeline.h"
#include "input/document_reader.h"

namespace newsgraph::cli {

struct BatchOptions {
  std::vector<std::string> inputs;
  input::TextFileOptions text;
};

// Adds the input options (positional INPUT..., --date, --source, --title,
// --id, --strict, --data-dir, --lexicon) to a subcommand.
void AddBatchOptions(CLI::App* command, BatchOptions* batch, CommonOptions* common);

struct BatchResult {
  std::size_t documents = 0;
  std::size_t rejected = 0;
  bool stopped_early = false;  // --strict met a rejection
};

// Returns false when --strict stops the batch at a rejection, else true.
using DocumentHandler = std::function<void(newsgraph::Document&&)>;

BatchResult RunDocumentBatch(const BatchOptions& batch, bool strict,
                             const DocumentHandler& handle);

// Creates the extractor from the common options; prints lexicon warnings and
// returns nullptr (after printing why) when it cannot.
std::unique_ptr<extract::Extractor> MakeExtractor(const CommonOptions& common);

// Prints extraction warnings on stderr with the document's origin; the
// no-date warning only once per run, with a count at Finish().
class WarningPrinter {
 public:
  void Print(const newsgraph::Document& doc, const std::vector<std::string>& warnings);
  void Finish() const;

 private:
  std::size_t undated_ = 0;
};

// Prints the rejection of an already-read document (e.g. a failed write).
void ReportRejection(const std::string& where, const std::string& reason);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_DOCUMENT_BATCH_H_
