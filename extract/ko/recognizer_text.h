// Small text tests shared by the two halves of entity recognition
// (entity_recognizer.cc: names; person_recognizer.cc: people, titles, roles).
// Tests against Korean word lists are in recognizer_words.h. Internal to
// extract/.
#ifndef NEWSGRAPH_EXTRACT_KO_RECOGNIZER_TEXT_H_
#define NEWSGRAPH_EXTRACT_KO_RECOGNIZER_TEXT_H_

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "extract/entity_table.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko::recognizer {

inline constexpr std::string_view kCorpMark = "㈜";  // "㈜두산"

inline bool HasLatin(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

inline bool StartsWithDigit(std::string_view s) {
  return !s.empty() && s[0] >= '0' && s[0] <= '9';
}

inline std::string_view FirstSyllables(std::string_view s, int n) {
  std::size_t pos = 0;
  for (int i = 0; i < n && pos < s.size(); ++i) DecodeUtf8(s, &pos);
  return s.substr(0, pos);
}

// A mention of `entity` over tokens [first, last): it ends where the last
// token's stem ends, and that token's particle gives its role.
inline Mention SpanMention(const SentenceView& v, std::size_t first,
                           std::size_t last, int entity) {
  Mention m;
  m.first = first;
  m.last = last;
  m.begin = v.tokens[first].begin;
  m.end = v.tokens[last - 1].stem_end;
  m.entities = {entity};
  m.role = v.tokens[last - 1].role;
  return m;
}

// The mention whose token range ends right before token `i`, or nullptr.
inline Mention* MentionEndingAt(SentenceView* v, std::size_t i) {
  for (Mention& m : v->mentions) {
    if (m.last == i) return &m;
  }
  return nullptr;
}

// Whether a word has a syllable that Korean words rarely form and
// transliterations do ("올트먼", "클롭", "셰필드", "뉴"), as ordinary words
// before an organisation and title ("현재", "추천한", "위치한") do not: 스 트
// 프 브 즈 츠 (an open 으 after those consonants), initial ㅋ, 에 after a
// plain consonant (테, 베, 레), 뉴, or the final ㅅ of loanword spelling.
inline bool HasForeignSyllable(std::string_view word) {
  enum : int {
    kN = 2,
    kD = 3,
    kR = 5,
    kM = 6,
    kB = 7,
    kS = 9,
    kO = 11,
    kJ = 12,
    kCh = 14,
    kK = 15,
    kT = 16,
    kP = 17
  };
  constexpr int kVowelE = 5, kVowelYu = 17, kVowelEu = 18, kFinalS = 19;
  std::size_t pos = 0;
  while (pos < word.size()) {
    const char32_t c = DecodeUtf8(word, &pos);
    if (!IsHangulSyllable(c)) continue;
    const int index = static_cast<int>(c - 0xAC00);
    const int initial = index / (21 * 28);
    const int vowel = (index / 28) % 21;
    const int final = index % 28;
    const bool open_eu =
        vowel == kVowelEu && final == 0 &&
        (initial == kS || initial == kT || initial == kP || initial == kB ||
         initial == kJ || initial == kCh || initial == kD);
    const bool plain_e = vowel == kVowelE && initial != kJ && initial != kS &&
                         initial != kO && initial != kN;
    if (open_eu || initial == kK || plain_e ||
        (vowel == kVowelYu && initial == kN) || final == kFinalS) {
      return true;
    }
  }
  return false;
}

}  // namespace newsgraph::extract::ko::recognizer

#endif  // NEWSGRAPH_EXTRACT_KO_RECOGNIZER_TEXT_H_
