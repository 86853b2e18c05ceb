// Small word and argument tests shared by the relation rules
// (relation_extractor.cc: cue frames; role_relations.cc: roles). Internal to
// extract/. Tests against Korean words are in relation_words.h.
#ifndef NEWSGRAPH_EXTRACT_KO_RELATION_TEXT_H_
#define NEWSGRAPH_EXTRACT_KO_RELATION_TEXT_H_

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "extract/entity_table.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko::relation_text {

inline bool IsSubject(Role r) {
  return r == Role::kTopic || r == Role::kSubject || r == Role::kAlso;
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

template <typename ArgT>
inline bool OfType(const ArgT& a, std::initializer_list<EntityType> types,
                   const EntityTable& table) {
  for (int e : a.entities) {
    if (std::find(types.begin(), types.end(), table.at(e).type) == types.end())
      return false;
  }
  return true;
}

// Closing quotes and brackets between a name and its cue ("'스타게이트' 참여").
inline bool IsCloser(std::string_view token) {
  return token == "'" || token == "\"" || token == ")" || token == "]" ||
         token == "」" || token == "』" || token == "》" || token == "〉";
}

// "세운", "만든": a verb's past adnominal ends in the final consonant ㄴ.
inline bool EndsInPastAdnominal(std::string_view word) {
  constexpr int kFinalN = 4;  // ㄴ among the final consonants
  return !word.empty() && BatchimIndex(LastCodePoint(word)) == kFinalN;
}

}  // namespace newsgraph::extract::ko::relation_text

#endif  // NEWSGRAPH_EXTRACT_KO_RELATION_TEXT_H_
