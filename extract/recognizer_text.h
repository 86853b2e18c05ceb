// Small text tests shared by the two halves of entity recognition
// (entity_recognizer.cc: names; person_recognizer.cc: people, titles, roles).
// Internal to extract/.
#ifndef NEWSGRAPH_EXTRACT_RECOGNIZER_TEXT_H_
#define NEWSGRAPH_EXTRACT_RECOGNIZER_TEXT_H_

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "extract/entity_table.h"
#include "extract/utf8.h"

namespace newsgraph::extract::recognizer {

inline constexpr std::string_view kCorpMark = "㈜";      // "㈜두산"
inline constexpr std::string_view kConcurrently = "겸";  // "창업자 겸 CEO"

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

// Words between a name and its organisation that date the role.
inline bool IsFormerMarker(std::string_view word) {
  return word == "전" || word == "현" || word == "당시" || word == "前" ||
         word == "現" || word == "신임" || word == "초대";
}

// Verb forms before a name ("만난 김 회장", "필요하다고 한빛대 교수") are no
// names, of people or of organisations.
inline bool IsVerbForm(std::string_view word) {
  static constexpr std::string_view kEndings[] = {
      "한", "된", "은", "는", "던", "인", "할", "을", "힌",
      "낸", "친", "운", "린", "진", "면", "고", "며", "서",
      "게", "지", "니", "데", "요", "다", "해", "돼"};
  for (std::string_view e : kEndings) {
    if (word.size() > e.size() && word.substr(word.size() - e.size()) == e)
      return true;
  }
  return false;
}

// "서울마포을", "부산중구갑": an electoral district (a region and 갑/을/병),
// written between a candidate's party and title.
inline bool IsConstituency(std::string_view word) {
  if (HangulLength(word) < 3) return false;
  const std::string_view last = word.substr(word.size() - 3);
  return last == "갑" || last == "을" || last == "병";
}

// Clause endings that no transliterated name ends in ("필요하다고 한빛대
// 교수"); narrower than IsVerbForm, as foreign names end in 니, 지, 고.
inline bool EndsLikeAClause(std::string_view word) {
  static constexpr std::string_view kEndings[] = {
      "다고", "라고",   "하고", "하며", "했고", "했다", "한다",
      "된다", "이라며", "으며", "면서", "지만", "는데", "니까",
      "도록", "려고",   "겠다", "어서", "아서", "해서"};
  for (std::string_view e : kEndings) {
    if (word.size() > e.size() && word.substr(word.size() - e.size()) == e)
      return true;
  }
  return false;
}

}  // namespace newsgraph::extract::recognizer

#endif  // NEWSGRAPH_EXTRACT_RECOGNIZER_TEXT_H_
