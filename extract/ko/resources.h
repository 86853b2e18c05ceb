// Resources: every lexicon the pipeline reads, loaded once by the Extractor
// from <data_dir>/lexicon and the user's --lexicon directories, and compiled
// into lookup structures. Immutable after Load, so Extract can share it.
#ifndef NEWSGRAPH_EXTRACT_KO_RESOURCES_H_
#define NEWSGRAPH_EXTRACT_KO_RESOURCES_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "extract/entity_table.h"
#include "extract/ko/cue_table.h"
#include "extract/ko/morph.h"
#include "extract/ko/recognizer_words.h"
#include "extract/ko/relation_words.h"
#include "extract/ko/timex_words.h"
#include "extract/lexicon.h"
#include "extract/phrase_trie.h"

namespace newsgraph::extract::ko {

enum class TitleKind {
  kRole,    // 회장, 대표이사, CEO: ties a person to an organisation
  kPerson,  // 씨, 기자: marks a person, no role by itself
  kFused,   // 장 in "금감원장": only right after an organisation name
  kAmbiguous,  // 시장 (mayor/market): a role only beside a known organisation
};

// A suffix's value packs its entity type and whether any name may precede it
// ("strong": 중공업) or only a Latin or already known one ("weak": 에너지).
inline int OrgSuffixValue(EntityType type, bool strong) {
  return static_cast<int>(type) * 2 + (strong ? 1 : 0);
}
inline EntityType OrgSuffixType(int value) { return static_cast<EntityType>(value / 2); }
inline bool OrgSuffixStrong(int value) { return value % 2 == 1; }

struct Resources {
  EntityLexicon lexicon;
  PhraseTrie entity_names;  // name/alias -> index into lexicon.entries()
  PhraseTrie titles;        // -> TitleKind
  PhraseTrie titles_reversed;  // reversed title -> TitleKind: "마케팅부문장"
  ParticleTable particles;
  PhraseTrie org_suffixes;  // reversed suffix -> OrgSuffixValue
  std::unordered_set<std::string> surnames;
  std::unordered_set<std::string> rare_surnames;  // need a three-syllable name
  std::unordered_set<std::string> not_names;
  PhraseTrie descriptors_reversed;  // "업체" reversed: "동박제조업체인 X"
  std::vector<RelationCue> cues;
  PhraseTrie cue_trie;      // -> index into cues
  PhraseTrie hedge_cues;    // -> 1 hedged, 0 done
  PhraseTrie anaphora;      // -> AnaphorKind
  std::vector<std::string> clause_endings;
  // The last code points of clause_endings: most words end in none of them.
  std::vector<char32_t> clause_ending_lasts;
  RelationWords relation_words;  // the relation rules' word lists
  // Name endings also written apart ("대학교": "코넬 대학교"), first fit wins.
  std::vector<std::string> spaced_endings;
  TimexLexicon timex_words;  // built-in only: <lexicon>/ko/timex_*.tsv
  RecognizerWords words;  // built-in recognizer_words.tsv only

  // Loads the built-in lexicon directory, then each user directory (where
  // every file is optional). A missing built-in directory or an unreadable
  // file is an error. So is a bad row of a checked table (particles, titles,
  // relation cues, hedge cues, anaphora, relation words: a wrong column
  // count or a value outside its closed set): every such row is listed, one
  // a line, in the InvalidInput status, as `file:line: reason: "row"`. Other
  // bad rows, and a key written twice, go to *warnings.
  static Status Load(const std::string& builtin_dir,
                     const std::vector<std::string>& user_dirs, Resources* out,
                     std::vector<std::string>* warnings);
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_RESOURCES_H_
