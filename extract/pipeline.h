// Extractor: the whole pipeline from a Document to an Extraction, the same
// for every language: the document's language pack (languages.h) supplies
// the stages (stages.h): analysis into sentences, tokens, mention finders
// over the whole document, then per sentence times, relations (with
// coreference) and hedging. The pipeline itself attaches times, hedging,
// evidence and scores, lifts business relations of people to their
// companies, drops repeats and picks the entities worth printing.
#ifndef NEWSGRAPH_EXTRACT_PIPELINE_H_
#define NEWSGRAPH_EXTRACT_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/explanation.h"
#include "core/extraction.h"
#include "core/status.h"

namespace newsgraph::extract {

struct LanguagePack;  // languages.h

struct ExtractorOptions {
  std::string data_dir = NEWSGRAPH_DATA_DIR;  // holds lexicon/
  std::vector<std::string> lexicon_dirs;      // user lexicons, loaded after
  // Languages to load packs for; empty: every built-in one.
  std::vector<std::string> languages;
};

class Extractor {
 public:
  // Loads the lexicons. Bad rows are skipped and reported in *warnings as
  // "file:line: reason"; a missing data directory is an error.
  static Status Create(const ExtractorOptions& options,
                       std::unique_ptr<Extractor>* extractor,
                       std::vector<std::string>* warnings);
  // An extractor over packs built elsewhere (tests, a pack with an extra
  // stage). Each pack must be complete().
  static std::unique_ptr<Extractor> FromPacks(std::vector<LanguagePack> packs);
  ~Extractor();

  // Thread-safe: the Extractor is immutable after Create. A document in a
  // language with no pack gives an empty Extraction with a warning (callers
  // that want to reject it ask Supports first).
  Extraction Extract(const Document& document) const;

  // Extract, and fills *explanation with how the document was read (for
  // --explain; slower: each cue's frame is read twice).
  Extraction Explain(const Document& document, Explanation* explanation) const;

  // Whether a pack is loaded for `language` ("" is the default language).
  bool Supports(std::string_view language) const;
  std::vector<std::string> languages() const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  Extraction Run(const Document& document, Explanation* trace) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_PIPELINE_H_
