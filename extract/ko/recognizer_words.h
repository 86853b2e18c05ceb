// RecognizerWords: the Korean words and syllables entity recognition tests
// words against (data/lexicon/ko/recognizer_words.tsv; its '#' header says
// what each kind of row means), with the tests themselves. Immutable after
// loading; part of Resources.
#ifndef NEWSGRAPH_EXTRACT_KO_RECOGNIZER_WORDS_H_
#define NEWSGRAPH_EXTRACT_KO_RECOGNIZER_WORDS_H_

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/ko/word_lists.h"

namespace newsgraph::extract::ko {

struct RecognizerWords {
  // One member per kind of row, named after it.
  SyllableSet noun_endings;
  SyllableSet given_name_syllables;
  SyllableSet verb_form_endings;
  EndingSet clause_endings;
  SyllableSet constituency_endings;
  WordSet former_markers;
  WordSet title_joiners;
  EndingSet person_nouns;
  WordSet agency_words;
  std::string agency_title;
  std::string copula;
  std::vector<std::string> glued_honorifics;  // in file order
  std::vector<std::string> honorifics;        // in file order
  WordSet name_list_joiners;
  WordSet region_prefixes;
  std::vector<std::string> company_marks;  // in file order

  // "정책적": a three-syllable word whose last syllable makes it a common
  // noun far more often than a given name.
  bool EndsLikeACommonNoun(std::string_view word) const {
    return noun_endings.ContainsLast(word);
  }
  // Verb forms before a name ("만난 김 회장") are no names.
  bool IsVerbForm(std::string_view word) const {
    return word.size() > 3 && verb_form_endings.ContainsLast(word);
  }
  // Clause endings no transliterated name ends in ("필요하다고").
  bool EndsLikeAClause(std::string_view word) const {
    return clause_endings.EndsProperly(word);
  }
  // "서울마포을": an electoral district, a region and 갑/을/병.
  bool IsConstituency(std::string_view word) const;
  bool IsFormerMarker(std::string_view word) const {
    return former_markers.Contains(word);
  }
  // "로봇공학자": a noun for a kind of person.
  bool IsPersonNoun(std::string_view word) const {
    return person_nouns.EndsOrIs(word);
  }
  // Whether `word` is more than the copula and ends in it ("업체인").
  bool EndsInCopula(std::string_view word) const {
    return word.size() > copula.size() && HasSuffix(word, copula);
  }

  // Reads rows of `in` into *out. Every bad row (see ParseKindedWords; also a
  // syllable kind with other than one Hangul syllable, and a missing or second
  // agency_title or copula row) is an error: InvalidInput lists them all, one
  // `source:line: reason: "row"` a line, and *out is left as it was.
  // Duplicate rows are reported in *warnings.
  static Status Parse(std::istream& in, const std::string& source_name,
                      RecognizerWords* out, std::vector<std::string>* warnings);
  // Opens `path` and calls Parse; a missing file is NotFound.
  static Status Load(const std::string& path, RecognizerWords* out,
                     std::vector<std::string>* warnings);
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_RECOGNIZER_WORDS_H_
