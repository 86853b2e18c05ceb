// Bare Korean names: a three-syllable word of a common surname and a given
// name ("김하준은", "이서연이") with no title beside it. Such a word is as
// often an ordinary noun ("전문가", "정책적"), so the person is tentative:
// it reaches the output only through a relation that needs a person there
// (pipeline.cc), and a titled mention elsewhere confirms it.
#include <string>

#include "extract/ko/entity_recognizer.h"
#include "extract/ko/recognizer_text.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

bool IsListComma(std::string_view token) {
  return token == "," || token == "·";
}

// The particles after a name in an argument slot; endings that read like
// particles ("전했다", "지적해") give other roles.
bool IsArgumentRole(Role role) {
  return role == Role::kTopic || role == Role::kSubject ||
         role == Role::kObject || role == Role::kWith || role == Role::kGen ||
         role == Role::kAlso || role == Role::kTo;
}

}  // namespace

// Hangul syllables are three bytes in UTF-8; the surname is the first. A
// word whose syllables after it are not all ones given names use
// ("마케팅", "전력망", "지게차") is no name.
bool EntityRecognizer::HasGivenNameSyllables(std::string_view name) const {
  for (std::size_t pos = 3; pos + 3 <= name.size(); pos += 3) {
    if (!r_.words.given_name_syllables.ContainsAt(name, pos)) return false;
  }
  return name.size() > 3;
}

bool EntityRecognizer::IsBareName(std::string_view word) const {
  // "전문가", "정책적": a last syllable that makes the word a common noun.
  if (HangulLength(word) != 3 || !IsKoreanName(word) ||
      r_.words.EndsLikeACommonNoun(word)) {
    return false;
  }
  if (!HasGivenNameSyllables(word)) return false;
  // A cue word is no name ("협력은" is cooperation, never a Mr 협).
  if (r_.cue_trie.Longest(word, 0).value != PhraseTrie::kNone) return false;
  const std::string surname(recognizer::FirstSyllables(word, 1));
  if (!r_.surnames.count(surname) || r_.rare_surnames.count(surname))
    return false;
  // A word that ends in a title ("부사장") is the title.
  return r_.titles_reversed.LongestBackward(word, word.size()).value ==
         PhraseTrie::kNone;
}

void EntityRecognizer::MatchBareNames(SentenceView* v,
                                      EntityTable* table) const {
  for (std::size_t i = 0; i < v->tokens.size(); ++i) {
    const Token& t = v->tokens[i];
    if (t.is_punct || v->covered[i] || t.in_quote) continue;
    const std::string_view stem = StemText(v->text, t);
    // A name stands alone: with its particle, or before a list comma.
    const bool alone = (t.stem_end != t.end && IsArgumentRole(t.role)) ||
                       (t.stem_end == t.end && i + 1 < v->tokens.size() &&
                        IsListComma(TokenText(v->text, v->tokens[i + 1])));
    if (!alone || !IsBareName(stem)) continue;
    const int person = table->FromBareName(stem);
    AddMention(v, recognizer::SpanMention(*v, i, i + 1, person));
  }
}

}  // namespace newsgraph::extract::ko
