// The expression parser behind FindTimexes (extract/timex.h): reads one time
// expression starting at a given byte offset, component by component
// (year, month / quarter / half / week, day / weekday, time of day, part of a
// period), then an optional range ("부터 .. 까지", "~", "-").
#ifndef NEWSGRAPH_EXTRACT_KO_TIMEX_PARSER_H_
#define NEWSGRAPH_EXTRACT_KO_TIMEX_PARSER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/ko/timex.h"
#include "core/calendar.h"

namespace newsgraph::extract::ko::timex {

struct ParsedTimex {
  std::size_t end = 0;  // byte offset just past the expression
  std::string
      value;  // ISO value; "" when it needs an anchor the document lacks
  TimePoint remembered;  // what later context words follow (kNone: nothing)
  bool is_elapsed = false;
  int elapsed_amount = 0;
  char elapsed_unit = 0;
};

// Cheap test run at every code point: can an expression start at s[pos]?
// (A digit not inside a number, or at the start of a word a syllable that
// some word of `words` starts with.)
bool MayStartTimex(const TimexLexicon& words, std::string_view s,
                   std::size_t pos);

// Parses the expression starting at s[pos] with the words of the context;
// nullopt when there is none.
std::optional<ParsedTimex> ParseTimexAt(std::string_view s, std::size_t pos,
                                        const TimeContext& context);

}  // namespace newsgraph::extract::ko::timex

#endif  // NEWSGRAPH_EXTRACT_KO_TIMEX_PARSER_H_
