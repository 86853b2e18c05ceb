// Internals of the time-expression parser (extract/timex_parser.h), shared
// by timex_parser.cc (the driver: ranges, component order, resolution rules)
// and timex_components.cc (one function per kind of component). Not part of
// the module's interface.
#ifndef NEWSGRAPH_EXTRACT_KO_TIMEX_PARSER_INTERNAL_H_
#define NEWSGRAPH_EXTRACT_KO_TIMEX_PARSER_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/calendar.h"
#include "core/utf8.h"
#include "extract/ko/timex.h"
#include "extract/ko/timex_parser.h"
#include "extract/ko/timex_words.h"

namespace newsgraph::extract::ko::timex::internal {

// A word in front of a time word (timex_words.h).
using Mod = TimeModifier;

// Components come in this order within one expression; each may appear once.
enum Level { kLevelNone = 0, kLevelYear, kLevelMonth, kLevelDay, kLevelTime };

// The value being built while one expression is read.
struct Partial {
  TimePoint point;  // granularity = finest component so far
  int level = kLevelNone;
  bool unresolved = false;      // needed an anchor the document lacks
  bool two_digit_year = false;  // "24년" alone is a duration, not a year
  bool needs_more = false;      // "올" must be followed by a component
  bool complete = false;  // nothing may follow (durations, "말", "당시")
  bool sino = false;  // written in Sino-Korean words: "이천십오년 삼월"
  bool virtual_unit = false;  // "2018~2020년": the 2018 borrows its unit
  bool elapsed = false;
  int elapsed_amount = 0;
  char elapsed_unit = 0;
  // "전날", "이튿날": a day beside the one being told; later 이날 still
  // means the main day, so it is not remembered.
  bool side_day = false;

  bool HasMonth() const {
    return point.granularity == Granularity::kMonth || point.HasDate();
  }
  void SetYear(int year) {
    point = TimePoint::OfYear(year);
    level = kLevelYear;
  }
  void SetMonth(int year, int month) {
    point = TimePoint::OfMonth(year, month);
    level = kLevelMonth;
  }
  void SetDate(Date d) {
    point = TimePoint::OfDate(d);
    level = kLevelDay;
  }
};

class Parser {
 public:
  Parser(std::string_view s, const TimeContext& context)
      : s_(s), ctx_(context), words_(context.words()) {}
  std::optional<ParsedTimex> Parse(std::size_t pos);

 private:
  bool Recurring(std::size_t pos) const;
  bool At(std::size_t pos, std::string_view w) const {
    return HasAt(s_, pos, w);
  }
  bool At(std::size_t pos, TimexRole role) const {
    return At(pos, words_.Word(role));
  }
  std::size_t Size(TimexRole role) const { return words_.Word(role).size(); }
  // The longest word of `kind` at pos; nullptr when none.
  const TimexWord* Find(TimexKind kind, std::size_t pos) const {
    return words_.Find(kind, s_, pos);
  }
  // The same, but only a word that a word boundary follows.
  const TimexWord* FindWord(TimexKind kind, std::size_t pos) const {
    return words_.Find(kind, s_, pos,
                       [this](std::size_t end) { return Boundary(end); });
  }
  std::size_t SkipSpaces(std::size_t pos) const {
    while (pos < s_.size() && s_[pos] == ' ') ++pos;
    return pos;
  }
  bool Boundary(std::size_t pos) const;
  // End of `w` at pos when a word boundary follows it, else 0.
  std::size_t Word(std::size_t pos, std::string_view w) const {
    return At(pos, w) && Boundary(pos + w.size()) ? pos + w.size() : 0;
  }
  std::size_t Word(std::size_t pos, TimexRole role) const {
    return Word(pos, words_.Word(role));
  }
  std::size_t ConnectorLength(std::size_t pos) const;
  bool FollowedByDurationWord(std::size_t pos) const;
  std::string_view RangeUnitAhead(std::size_t pos) const;
  std::size_t NumberWithUnit(std::size_t pos, std::string_view unit, int* value,
                             int* digits, Partial* p) const;

  std::size_t ParsePoint(std::size_t pos, const Partial* inherit, Partial* p);
  std::size_t RangeEnd(std::size_t pos, const Partial& a, Partial* b);
  std::size_t Component(std::size_t pos, const Partial* inherit, Partial* p);
  std::size_t ModifiedComponent(std::size_t pos, const Partial* inherit,
                                Partial* p);
  std::size_t ReadModifier(std::size_t pos, Mod* mod) const;
  std::size_t Duration(std::size_t pos, Partial* p);
  std::size_t DurationAmount(std::size_t pos, int* amount, char* unit) const;
  std::size_t NumericDate(std::size_t pos, Partial* p);
  std::size_t WhenMentioned(std::size_t pos, Partial* p);
  std::size_t Year(std::size_t pos, Mod mod, Partial* p);
  std::size_t Month(std::size_t pos, Mod mod, const Partial* inherit,
                    Partial* p);
  std::size_t QuarterOrHalf(std::size_t pos, Mod mod, const Partial* inherit,
                            Partial* p);
  std::size_t Week(std::size_t pos, Mod mod, Partial* p);
  std::size_t Day(std::size_t pos, Mod mod, const Partial* inherit, Partial* p);
  std::size_t Weekday(std::size_t pos, Mod mod, Partial* p);
  std::size_t TimeOfDay(std::size_t pos, const Partial* inherit, Partial* p);
  std::size_t PeriodPart(std::size_t pos, Mod mod, Partial* p);

  Date Anchor(Partial* p) const;
  int ContextYear(Partial* p) const;
  void ContextMonth(Partial* p, int* year, int* month) const;
  Date ContextDate(Partial* p) const;
  int TwoDigitYear(int yy) const;
  int YearForMonth(int month, Mod mod, const Partial* inherit,
                   Partial* p) const;
  int YearForPeriod(const Partial* inherit, Partial* p) const;
  bool DateForDay(int day, Mod mod, const Partial* inherit, Partial* p,
                  Date* out) const;

  std::string_view s_;
  const TimeContext& ctx_;
  const TimexLexicon& words_;
};

}  // namespace newsgraph::extract::ko::timex::internal

#endif  // NEWSGRAPH_EXTRACT_KO_TIMEX_PARSER_INTERNAL_H_
