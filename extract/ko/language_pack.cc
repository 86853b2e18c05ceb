#include "extract/ko/language_pack.h"

#include <filesystem>
#include <utility>

#include "extract/ko/analysis.h"
#include "extract/ko/hedging.h"
#include "extract/ko/morph.h"
#include "extract/ko/stages.h"

namespace newsgraph::extract::ko {

AnalyzedDocument KoreanAnalyzer::Analyze(
    const Document& document, std::vector<std::string>* warnings) const {
  return AnalyzeDocument(document, cleaner_, warnings);
}

std::vector<Token> KoreanTokenizer::Tokenize(std::string_view sentence) const {
  return ko::Tokenize(sentence, r_->particles);
}

bool KoreanHedgeFinder::IsHedged(std::string_view sentence, std::size_t from,
                                 std::size_t to) const {
  return ko::IsHedged(*r_, sentence, from, to);
}

void AddKoreanStages(SharedResources resources, PageCleaner cleaner,
                     LanguagePack* pack) {
  pack->language = "ko";
  pack->analyzer = std::make_unique<KoreanAnalyzer>(std::move(cleaner));
  pack->tokenizer = std::make_unique<KoreanTokenizer>(resources);
  pack->mention_finders.push_back(
      std::make_unique<RuleMentionFinder>(resources));
  pack->time_finder = std::make_unique<KoreanTimeFinder>(resources);
  pack->relation_finder = std::make_unique<ClauseRelationFinder>(resources);
  pack->hedge_finder = std::make_unique<KoreanHedgeFinder>(resources);
}

Status BuildKoreanPack(const LanguagePackOptions& options, LanguagePack* pack,
                       std::vector<std::string>* warnings) {
  const std::string lexicon = options.data_dir + "/lexicon";
  std::error_code ec;
  if (!std::filesystem::is_directory(lexicon, ec)) {
    return Status::NotFound("data directory " + options.data_dir +
                            " has no lexicon/ folder (use --data-dir)");
  }
  auto resources = std::make_shared<Resources>();
  Status status =
      Resources::Load(lexicon, options.lexicon_dirs, resources.get(), warnings);
  if (!status.ok()) return status;
  PageCleaner cleaner;
  status = PageCleaner::Load(lexicon + "/ko", &cleaner, warnings);
  if (!status.ok()) return status;
  AddKoreanStages(std::move(resources), std::move(cleaner), pack);
  return Status::Ok();
}

void RegisterKorean(LanguageRegistry* registry) {
  registry->Register("ko", BuildKoreanPack);
}

}  // namespace newsgraph::extract::ko
