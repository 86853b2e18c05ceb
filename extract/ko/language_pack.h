// The Korean language pack: the stages of stages.h for Korean news, built
// on one set of Korean resources (resources.h: lexicons, particles, cue
// tables under data/lexicon/ko/).
//
//   analysis   KoreanAnalyzer      page furniture removed, sentences, dateline
//   tokens     KoreanTokenizer     eojeols split into stem and particles
//   mentions   RuleMentionFinder   lexicon, titles, endings, patterns (2 passes)
//   times      KoreanTimeFinder    time expressions against the anchor date
//   relations  ClauseRelationFinder  cue frames over the clause's arguments,
//                                  with coreference of 이 회사 / 양 사 / 최 회장
//   hedging    KoreanHedgeFinder   가능성, 전망, 추진, ...
#ifndef NEWSGRAPH_EXTRACT_KO_LANGUAGE_PACK_H_
#define NEWSGRAPH_EXTRACT_KO_LANGUAGE_PACK_H_

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/languages.h"
#include "extract/ko/page_cleaner.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {

// Adds the "ko" pack to the registry.
void RegisterKorean(LanguageRegistry* registry);

// Loads the Korean resources and builds every stage on them.
Status BuildKoreanPack(const LanguagePackOptions& options, LanguagePack* pack,
                       std::vector<std::string>* warnings);

// The stages over already loaded resources and page cleaner (tests build
// packs from test lexicons this way).
void AddKoreanStages(std::shared_ptr<const Resources> resources,
                     PageCleaner cleaner, LanguagePack* pack);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_LANGUAGE_PACK_H_
