// Language packs: one set of stages (stages.h) per language, and the
// registry the Extractor picks them from by Document::language. A pack is
// built once from the data directory and shared by every thread.
//
// A new language is a folder (extract/en/ for English) with a function that
// registers its factory, called from BuiltinLanguages() in languages.cc.
#ifndef NEWSGRAPH_EXTRACT_LANGUAGES_H_
#define NEWSGRAPH_EXTRACT_LANGUAGES_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/stages.h"

namespace newsgraph::extract {

struct LanguagePack {
  std::string language;  // ISO 639-1: "ko"
  std::unique_ptr<DocumentAnalyzer> analyzer;
  std::unique_ptr<Tokenizer> tokenizer;
  std::vector<std::unique_ptr<MentionFinder>> mention_finders;  // in order
  std::unique_ptr<TimeFinder> time_finder;
  std::unique_ptr<RelationFinder> relation_finder;
  std::unique_ptr<HedgeFinder> hedge_finder;

  // Every stage is set: the pipeline calls them without checks.
  bool complete() const {
    return analyzer && tokenizer && !mention_finders.empty() && time_finder &&
           relation_finder && hedge_finder;
  }
};

struct LanguagePackOptions {
  std::string data_dir;                   // holds lexicon/ and models/
  std::vector<std::string> lexicon_dirs;  // the user's, loaded after
};

// Builds a pack; bad data rows go to *warnings as "file:line: reason", a
// missing or unusable data file is an error.
using LanguagePackFactory = std::function<Status(
    const LanguagePackOptions&, LanguagePack*, std::vector<std::string>*)>;

class LanguageRegistry {
 public:
  void Register(std::string language, LanguagePackFactory factory);
  // nullptr when no pack is registered for `language`.
  const LanguagePackFactory* Find(std::string_view language) const;
  std::vector<std::string> languages() const;  // sorted

 private:
  std::map<std::string, LanguagePackFactory, std::less<>> factories_;
};

// The packs this build has (Korean).
const LanguageRegistry& BuiltinLanguages();

// The language assumed for a document that does not name one.
inline constexpr std::string_view kDefaultLanguage = "ko";

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_LANGUAGES_H_
