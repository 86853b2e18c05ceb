// TimexLexicon: the Korean words of time expressions (units, modifiers,
// markers, number words, relative words such as 어제 or 지난해), read from
// data/lexicon/ko/timex_words.tsv, timex_numbers.tsv and timex_relative.tsv
// (the '#' header of each explains its columns) and compiled into the small
// tables the parser (timex_parser.h) reads at every candidate position.
//
// Loading is all or nothing: every bad row (wrong column count, unknown kind,
// bad number or name in a value column, a second word for a one-word role) is
// reported as `file:line: reason: "row"`, and then nothing is added. A word
// listed twice for the same kind keeps its first row and is reported in the
// warnings. Immutable once loaded; the parser holds it by reference, so it
// must outlive every TimeContext built on it.
#ifndef NEWSGRAPH_EXTRACT_KO_TIMEX_WORDS_H_
#define NEWSGRAPH_EXTRACT_KO_TIMEX_WORDS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/utf8.h"
#include "extract/phrase_trie.h"

namespace newsgraph::extract::ko {

// A word in front of a time word: "지난 12월" is the most recent past
// December, "오는 3일" the next 3rd, "다음 주" the week after the anchor's.
enum class TimeModifier { kNone, kPast, kComing, kNext, kThis };

// Lists of words looked up by prefix at a byte offset. The meaning of
// TimexWord::value per list is given beside each.
enum class TimexKind {
  kModifier,            // value: a TimeModifier
  kDirection,           // after a duration: -1 before, 1 after, 0 elapsed
  kDurationUnit,        // after digits; unit 'Y', 'M', 'W' or 'D'
  kNativeDurationUnit,  // after a native number; unit as above
  kMonthName,           // value: the month
  kMonthPart,           // start or end of this month
  kHalf,                // value: 1 or 2
  kWeekday,             // value: 1 (Monday) .. 7
  kPartOfDay,           // value: 1 afternoon, 0 morning
  kYearPart,            // a part of this year on its own
  kPeriodPart,          // a part of the year or month before it
  kDurationWord,        // "N일 동안": the number names no day
  kElapsedTail,         // what may follow 만 of an elapsed duration
  kNative,              // value: the number
  kCount,               // a native duration: value amount, unit 'D' or 'W'
  kRelativeYear,        // value: offset; from_context
  kRelativeQuarter,
  kRelativeMonth,
  kRelativeWeek,
  kRelativeDay,
};
inline constexpr std::size_t kTimexKinds =
    static_cast<std::size_t>(TimexKind::kRelativeDay) + 1;

// Words the parser needs exactly one spelling of.
enum class TimexRole {
  kYearUnit,  // after a number
  kQuarterUnit,
  kMonthUnit,
  kDayUnit,
  kHourUnit,
  kMinuteUnit,
  kYearNoun,  // after a modifier
  kMonthNoun,
  kWeekNoun,
  kDayNoun,
  kAbout,  // the markers of timex_words.tsv, in its order
  kDated,
  kWhenMentioned,
  kThisYear,
  kSoFar,
  kRangeFrom,
  kRangeBetween,
  kRangeUntil,
  kNoon,
  kMidnight,
  kHalfHour,
  kSharePriceSyllable,
};
inline constexpr std::size_t kTimexRoles =
    static_cast<std::size_t>(TimexRole::kSharePriceSyllable) + 1;

namespace timex_words_detail {
struct Row;    // a data row being read
struct Entry;  // a checked row of a kind with a list of words
}  // namespace timex_words_detail

struct TimexWord {
  std::string text;           // normalised (NormalizeText)
  int value = 0;              // see TimexKind
  char unit = 0;              // durations: 'Y', 'M', 'W', 'D'
  bool from_context = false;  // relative words: count from the last mention
};

class TimexLexicon {
 public:
  // The three data files, in the order Load reads them.
  enum class File { kWords, kNumbers, kRelative };
  static constexpr std::array<const char*, 3> kFileNames = {
      "timex_words.tsv", "timex_numbers.tsv", "timex_relative.tsv"};

  // Reads the three files from `dir` (normally <data>/lexicon/ko) and checks
  // that every role has its word. On any error *out is left unchanged and
  // the Status message holds every error, one per line.
  static Status Load(const std::string& dir, TimexLexicon* out,
                     std::vector<std::string>* warnings);

  // Adds the rows of one file, read from `in`; `source_name` starts every
  // message. Nothing is added unless every row is good. A lexicon built with
  // Parse alone must pass CheckComplete before the parser may use it (an
  // unset role would match everywhere); Load checks it.
  Status Parse(File file, std::istream& in, const std::string& source_name,
               std::vector<std::string>* warnings);

  // Ok when every TimexRole has a word; otherwise names the missing ones.
  Status CheckComplete(const std::string& source_name) const;

  // The word of a role ("" before it is loaded).
  std::string_view Word(TimexRole role) const {
    return roles_[static_cast<std::size_t>(role)];
  }

  // The longest word of `kind` at s[pos]; nullptr when none.
  const TimexWord* Find(TimexKind kind, std::string_view s,
                        std::size_t pos) const {
    return Find(kind, s, pos, [](std::size_t) { return true; });
  }
  // The longest word of `kind` at s[pos] for whose end `accept(end)` holds.
  template <typename Accept>
  const TimexWord* Find(TimexKind kind, std::string_view s, std::size_t pos,
                        Accept accept) const {
    for (const TimexWord& w : lists_[static_cast<std::size_t>(kind)]) {
      if (HasAt(s, pos, w.text) && accept(pos + w.text.size())) return &w;
    }
    return nullptr;
  }

  // A continuation (particle or suffix) starts at s[pos].
  bool ContinuationAt(std::string_view s, std::size_t pos) const {
    return continuations_.Longest(s, pos).length != 0;
  }
  // A recurring word and a space end at s[pos]: "매년 |3월".
  bool RecurringBefore(std::string_view s, std::size_t pos) const {
    return pos > 0 && s[pos - 1] == ' ' &&
           recurring_reversed_.LongestBackward(s, pos - 1).length != 0;
  }
  // Some word that may start an expression starts with this Hangul syllable.
  bool IsTrigger(char32_t syllable) const {
    const std::size_t i = syllable - kFirstSyllable;
    return (triggers_[i / 64] >> (i % 64) & 1) != 0;
  }
  // The value of a Sino-Korean syllable: 0-9 a digit, 10, 100 or 1000 a
  // multiplier, -1 neither.
  int SinoValue(char32_t c) const {
    if (!IsHangulSyllable(c) || sino_.empty()) return -1;
    return sino_[c - kFirstSyllable];
  }

 private:
  static constexpr char32_t kFirstSyllable = 0xAC00;
  static constexpr std::size_t kSyllables = 0xD7A4 - 0xAC00;

  using Row = timex_words_detail::Row;
  using Entry = timex_words_detail::Entry;
  // Each Add* checks one row against what is loaded and adds it; they
  // return why a row is bad ("" when good), *added false for a repeat.
  bool Add(const Row& row, std::vector<std::string>* errors,
           std::vector<std::string>* warnings);
  std::string AddRole(const Row& row, bool* added);
  std::string AddEntry(Entry entry, bool* added);
  void AddToList(TimexKind kind, TimexWord word);
  void MarkTrigger(std::string_view word);

  // Each list longest word first, so that Find returns the longest match.
  std::array<std::vector<TimexWord>, kTimexKinds> lists_;
  std::array<std::string, kTimexRoles> roles_;
  PhraseTrie continuations_;
  PhraseTrie recurring_reversed_;  // reversed words, read backwards
  std::array<std::uint64_t, (kSyllables + 63) / 64> triggers_{};
  std::vector<std::int16_t> sino_;  // per Hangul syllable; empty: none yet
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_TIMEX_WORDS_H_
