#include "extract/pipeline.h"

#include <filesystem>

#include "extract/analysis.h"

namespace newsgraph::extract {

struct Extractor::Impl {
  ExtractorOptions options;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

Status Extractor::Create(const ExtractorOptions& options,
                         std::unique_ptr<Extractor>* extractor,
                         std::vector<std::string>* /*warnings*/) {
  std::error_code ec;
  if (!std::filesystem::is_directory(options.data_dir + "/lexicon", ec)) {
    return Status::NotFound("data directory " + options.data_dir +
                            " has no lexicon/ folder (use --data-dir)");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  extractor->reset(new Extractor(std::move(impl)));
  return Status::Ok();
}

Extraction Extractor::Extract(const Document& document) const {
  Extraction out;
  out.doc_id = document.id;
  AnalyzedDocument analysis = AnalyzeDocument(document, &out.warnings);
  (void)analysis;
  return out;
}

}  // namespace newsgraph::extract
