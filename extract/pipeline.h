// Extractor: the whole pipeline from a Document to an Extraction.
// Stages: page cleaning and sentence splitting (analysis), time expressions,
// entities, coreference, relations and hedging. Later work deepens a stage
// rather than replacing the frame.
#ifndef NEWSGRAPH_EXTRACT_PIPELINE_H_
#define NEWSGRAPH_EXTRACT_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/extraction.h"
#include "core/status.h"

namespace newsgraph::extract {

struct ExtractorOptions {
  std::string data_dir = NEWSGRAPH_DATA_DIR;  // holds lexicon/
  std::vector<std::string> lexicon_dirs;      // user lexicons, loaded after
};

class Extractor {
 public:
  // Loads the lexicons. Bad rows are skipped and reported in *warnings as
  // "file:line: reason"; a missing data directory is an error.
  static Status Create(const ExtractorOptions& options,
                       std::unique_ptr<Extractor>* extractor,
                       std::vector<std::string>* warnings);
  ~Extractor();

  // Thread-safe: the Extractor is immutable after Create.
  Extraction Extract(const Document& document) const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_PIPELINE_H_
