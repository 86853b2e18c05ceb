// Number words in Korean time expressions: ASCII digits, Sino-Korean numerals
// (이천십오, 삼, 십이) and native counters (한, 두, 세 ... 열두; 하루, 이틀
// ...). The words come from the lexicon (timex_numbers.tsv).
#ifndef NEWSGRAPH_EXTRACT_KO_TIMEX_NUMBERS_H_
#define NEWSGRAPH_EXTRACT_KO_TIMEX_NUMBERS_H_

#include <cstddef>
#include <string_view>

#include "extract/ko/timex_words.h"

namespace newsgraph::extract::ko::timex {

// Reads up to 9 ASCII digits at s[pos]; returns how many were read (0: none).
int ReadDigits(std::string_view s, std::size_t pos, int* value);

// Reads a Sino-Korean numeral at s[pos] that is immediately followed by
// `unit` ("년", "월", "일"); returns the numeral's byte length (0: none) and
// its value and syllable count. Tries shorter readings too, so that "이십일"
// before "일" reads as 21 and "이십" before "일일" does not.
std::size_t ReadSinoNumber(const TimexLexicon& words, std::string_view s,
                           std::size_t pos, std::string_view unit, int* value,
                           int* syllables);

// Reads a native Korean count (한 .. 열두) at s[pos]; returns its byte length.
std::size_t ReadNativeNumber(const TimexLexicon& words, std::string_view s,
                             std::size_t pos, int* value);

// Reads a native duration (하루 1 'D', 이틀 2 'D' ... 보름 15 'D', 일주일
// 1 'W') at s[pos]; returns its byte length.
std::size_t ReadCountedDuration(const TimexLexicon& words, std::string_view s,
                                std::size_t pos, int* amount, char* unit);

}  // namespace newsgraph::extract::ko::timex

#endif  // NEWSGRAPH_EXTRACT_KO_TIMEX_NUMBERS_H_
