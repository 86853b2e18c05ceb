#include "extract/ko/timex_words.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <span>
#include <utility>

#include "extract/lexicon.h"
#include "extract/normalizer.h"

namespace newsgraph::extract::ko {
namespace {

using File = TimexLexicon::File;

// A name in a value column and what it stands for.
struct Name {
  std::string_view name;
  int value;
};

constexpr Name kModifiers[] = {
    {"past", static_cast<int>(TimeModifier::kPast)},
    {"coming", static_cast<int>(TimeModifier::kComing)},
    {"next", static_cast<int>(TimeModifier::kNext)},
    {"this", static_cast<int>(TimeModifier::kThis)}};
constexpr Name kDirections[] = {{"before", -1}, {"after", 1}, {"elapsed", 0}};
constexpr Name kDurationUnits[] = {
    {"Y", 'Y'}, {"M", 'M'}, {"W", 'W'}, {"D", 'D'}};
constexpr Name kPartsOfDay[] = {{"am", 0}, {"pm", 1}};
constexpr Name kMultipliers[] = {{"10", 10}, {"100", 100}, {"1000", 1000}};
constexpr Name kBases[] = {{"anchor", 0}, {"context", 1}};
constexpr Name kRelativeUnits[] = {
    {"year", static_cast<int>(TimexKind::kRelativeYear)},
    {"quarter", static_cast<int>(TimexKind::kRelativeQuarter)},
    {"month", static_cast<int>(TimexKind::kRelativeMonth)},
    {"week", static_cast<int>(TimexKind::kRelativeWeek)},
    {"day", static_cast<int>(TimexKind::kRelativeDay)}};

// Where the words of a kind go.
enum class Target { kList, kSino, kContinuation, kRecurring };

// One kind of timex_words.tsv or timex_numbers.tsv and its value column:
// names (names non-empty), a number in [min, max] (max > min) or '-'.
struct KindSpec {
  std::string_view name;
  File file;
  Target target;
  TimexKind kind;  // kList only
  std::span<const Name> names;
  int min = 0;
  int max = 0;
  bool starts = false;         // its words may start an expression
  bool value_is_unit = false;  // the value goes to TimexWord::unit
  char unit = 0;               // the unit of every word of the kind
};

constexpr std::span<const Name> kNoNames;

const KindSpec kKinds[] = {
    {"modifier", File::kWords, Target::kList, TimexKind::kModifier, kModifiers,
     0, 0, true},
    {"direction", File::kWords, Target::kList, TimexKind::kDirection,
     kDirections},
    {"duration-unit", File::kWords, Target::kList, TimexKind::kDurationUnit,
     kDurationUnits, 0, 0, false, true},
    {"native-duration-unit", File::kWords, Target::kList,
     TimexKind::kNativeDurationUnit, kDurationUnits, 0, 0, false, true},
    {"month-name", File::kWords, Target::kList, TimexKind::kMonthName, kNoNames,
     1, 12, true},
    {"month-part", File::kWords, Target::kList, TimexKind::kMonthPart, kNoNames,
     0, 0, true},
    {"half", File::kWords, Target::kList, TimexKind::kHalf, kNoNames, 1, 2,
     true},
    {"weekday", File::kWords, Target::kList, TimexKind::kWeekday, kNoNames, 1,
     7, true},
    {"part-of-day", File::kWords, Target::kList, TimexKind::kPartOfDay,
     kPartsOfDay, 0, 0, true},
    {"year-part", File::kWords, Target::kList, TimexKind::kYearPart, kNoNames,
     0, 0, true},
    {"period-part", File::kWords, Target::kList, TimexKind::kPeriodPart},
    {"continuation", File::kWords, Target::kContinuation},
    {"duration-word", File::kWords, Target::kList, TimexKind::kDurationWord},
    {"elapsed-tail", File::kWords, Target::kList, TimexKind::kElapsedTail},
    {"recurring", File::kWords, Target::kRecurring},
    {"sino-digit", File::kNumbers, Target::kSino, TimexKind{}, kNoNames, 0, 9,
     true},
    {"sino-digit-inner", File::kNumbers, Target::kSino, TimexKind{}, kNoNames,
     0, 9},
    {"sino-multiplier", File::kNumbers, Target::kSino, TimexKind{},
     kMultipliers, 0, 0, true},
    {"native", File::kNumbers, Target::kList, TimexKind::kNative, kNoNames, 1,
     99, true},
    {"days", File::kNumbers, Target::kList, TimexKind::kCount, kNoNames, 1, 99,
     true, false, 'D'},
    {"weeks", File::kNumbers, Target::kList, TimexKind::kCount, kNoNames, 1, 99,
     true, false, 'W'},
};

// The kinds whose rows name one role each ("unit year", "marker noon").
struct RoleSpec {
  std::string_view kind;
  std::string_view value;
  TimexRole role;
  bool starts = false;
};

constexpr RoleSpec kRoles[] = {
    {"unit", "year", TimexRole::kYearUnit},
    {"unit", "quarter", TimexRole::kQuarterUnit},
    {"unit", "month", TimexRole::kMonthUnit},
    {"unit", "day", TimexRole::kDayUnit},
    {"unit", "hour", TimexRole::kHourUnit},
    {"unit", "minute", TimexRole::kMinuteUnit},
    {"noun", "year", TimexRole::kYearNoun},
    {"noun", "month", TimexRole::kMonthNoun},
    {"noun", "week", TimexRole::kWeekNoun},
    {"noun", "day", TimexRole::kDayNoun},
    {"marker", "about", TimexRole::kAbout},
    {"marker", "dated", TimexRole::kDated},
    {"marker", "when-mentioned", TimexRole::kWhenMentioned, true},
    {"marker", "this-year", TimexRole::kThisYear, true},
    {"marker", "so-far", TimexRole::kSoFar},
    {"marker", "range-from", TimexRole::kRangeFrom},
    {"marker", "range-between", TimexRole::kRangeBetween},
    {"marker", "range-until", TimexRole::kRangeUntil},
    {"marker", "noon", TimexRole::kNoon, true},
    {"marker", "midnight", TimexRole::kMidnight, true},
    {"marker", "half-hour", TimexRole::kHalfHour},
    {"marker", "share-price-syllable", TimexRole::kSharePriceSyllable},
};
static_assert(std::size(kRoles) == kTimexRoles);

constexpr int kMaxOffset = 99;

const KindSpec* FindKind(std::string_view name) {
  for (const KindSpec& k : kKinds) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

bool IsRoleKind(std::string_view kind) {
  return std::any_of(std::begin(kRoles), std::end(kRoles),
                     [&](const RoleSpec& r) { return r.kind == kind; });
}

const RoleSpec* FindRole(std::string_view kind, std::string_view value) {
  for (const RoleSpec& r : kRoles) {
    if (r.kind == kind && r.value == value) return &r;
  }
  return nullptr;
}

bool FindName(std::span<const Name> names, std::string_view s, int* value) {
  for (const Name& n : names) {
    if (n.name == s) {
      *value = n.value;
      return true;
    }
  }
  return false;
}

// A whole decimal number, optionally signed ("-1", "+3").
bool ParseNumber(std::string_view s, int* value) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  const char* end = s.data() + s.size();
  const auto result = std::from_chars(s.data(), end, *value);
  return !s.empty() && result.ec == std::errc() && result.ptr == end;
}

char32_t FirstCodePoint(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &pos);
}

std::string Reversed(std::string_view s) {
  return std::string(s.rbegin(), s.rend());
}

// The line number in "source:N: ..." (messages of this file and ParseTsv).
std::size_t LineOf(const std::string& message, const std::string& source) {
  std::size_t line = 0;
  const char* begin =
      message.data() + std::min(message.size(), source.size() + 1);
  std::from_chars(begin, message.data() + message.size(), line);
  return line;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

}  // namespace

namespace timex_words_detail {

struct Row {
  File file;
  std::string source;  // "timex_words.tsv:12"
  std::string shown;   // the row as written, for messages
  std::string word;    // normalised
  std::string kind;    // or the unit, in timex_relative.tsv
  std::string value;   // or the offset
  std::string base;    // timex_relative.tsv only

  std::string Error(std::string_view reason) const {
    return source + ": " + std::string(reason) + ": \"" + shown + "\"";
  }
};

struct Entry {
  TimexWord word;
  Target target = Target::kList;
  TimexKind kind{};  // Target::kList only
  bool starts = true;
};

}  // namespace timex_words_detail

namespace {

using timex_words_detail::Entry;
using timex_words_detail::Row;

// Reads the columns of a timex_relative.tsv row; returns why it is bad, or "".
std::string ReadRelative(const Row& row, Entry* e) {
  int unit = 0;
  int base = 0;
  e->word.text = row.word;
  if (!FindName(kRelativeUnits, row.kind, &unit))
    return "unknown unit '" + row.kind + "'";
  if (!ParseNumber(row.value, &e->word.value) || e->word.value < -kMaxOffset ||
      e->word.value > kMaxOffset) {
    return "bad offset '" + row.value + "'";
  }
  if (!FindName(kBases, row.base, &base))
    return "unknown base '" + row.base + "'";
  e->kind = static_cast<TimexKind>(unit);
  e->word.from_context = base == 1;
  if (e->kind == TimexKind::kRelativeQuarter && e->word.from_context)
    return "quarter words count from the anchor only";
  return "";
}

// Reads the kind and value of a timex_words.tsv or timex_numbers.tsv row.
std::string ReadKind(const Row& row, Entry* e) {
  // Add reads the role kinds of timex_words.tsv; here they are misplaced.
  const KindSpec* spec = FindKind(row.kind);
  const bool role = IsRoleKind(row.kind);
  if (spec == nullptr && !role) return "unknown kind '" + row.kind + "'";
  if (role || spec->file != row.file) {
    const File file = role ? File::kWords : spec->file;
    return "kind '" + row.kind + "' belongs in " +
           TimexLexicon::kFileNames[static_cast<std::size_t>(file)];
  }
  int value = 0;
  if (!spec->names.empty()) {
    if (!FindName(spec->names, row.value, &value))
      return "unknown " + row.kind + " '" + row.value + "'";
  } else if (spec->max > spec->min) {
    if (!ParseNumber(row.value, &value) || value < spec->min ||
        value > spec->max)
      return "bad number '" + row.value + "'";
  } else if (!row.value.empty()) {
    return "expected '-' in the value column";
  }
  e->word.text = row.word;
  e->word.value = spec->value_is_unit ? 0 : value;
  e->word.unit = spec->value_is_unit ? static_cast<char>(value) : spec->unit;
  e->target = spec->target;
  e->kind = spec->kind;
  e->starts = spec->starts;
  return "";
}

}  // namespace

void TimexLexicon::AddToList(TimexKind kind, TimexWord word) {
  std::vector<TimexWord>& list = lists_[static_cast<std::size_t>(kind)];
  // Longest first, and in file order among words of one length.
  const auto at = std::find_if(
      list.begin(), list.end(),
      [&](const TimexWord& w) { return w.text.size() < word.text.size(); });
  list.insert(at, std::move(word));
}

void TimexLexicon::MarkTrigger(std::string_view word) {
  const std::size_t i = FirstCodePoint(word) - kFirstSyllable;
  triggers_[i / 64] |= std::uint64_t{1} << (i % 64);
}

bool TimexLexicon::Add(const Row& row, std::vector<std::string>* errors,
                       std::vector<std::string>* warnings) {
  std::string why;
  bool added = false;
  if (row.word.empty()) {
    why = "empty word";
  } else if (row.file == File::kWords && IsRoleKind(row.kind)) {
    why = AddRole(row, &added);
  } else {
    Entry entry;
    why = row.file == File::kRelative ? ReadRelative(row, &entry)
                                      : ReadKind(row, &entry);
    if (why.empty() && entry.starts &&
        !IsHangulSyllable(FirstCodePoint(row.word)))
      why = "a word that starts a time must begin with a Hangul syllable";
    if (why.empty()) why = AddEntry(std::move(entry), &added);
  }
  if (!why.empty()) {
    errors->push_back(row.Error(why));
    return false;
  }
  if (!added)
    warnings->push_back(row.Error("duplicate word, the first row is kept"));
  return true;
}

std::string TimexLexicon::AddRole(const Row& row, bool* added) {
  const RoleSpec* role = FindRole(row.kind, row.value);
  if (role == nullptr) return "unknown " + row.kind + " '" + row.value + "'";
  std::string& slot = roles_[static_cast<std::size_t>(role->role)];
  *added = slot != row.word;
  if (!*added) return "";
  if (!slot.empty())
    return "second word for " + row.kind + " '" + row.value + "'";
  if (role->starts && !IsHangulSyllable(FirstCodePoint(row.word)))
    return "a word that starts a time must begin with a Hangul syllable";
  slot = row.word;
  if (role->starts) MarkTrigger(row.word);
  return "";
}

std::string TimexLexicon::AddEntry(Entry entry, bool* added) {
  const std::string& text = entry.word.text;
  switch (entry.target) {
    case Target::kSino: {
      std::size_t end = 0;
      const char32_t c = DecodeUtf8(text, &end);
      if (!IsHangulSyllable(c) || end != text.size())
        return "a Sino-Korean word must be one Hangul syllable";
      if (sino_.empty()) sino_.assign(kSyllables, -1);
      std::int16_t& slot = sino_[c - kFirstSyllable];
      *added = slot < 0;
      if (*added) slot = static_cast<std::int16_t>(entry.word.value);
      break;
    }
    case Target::kContinuation:
      *added = continuations_.Longest(text, 0).length != text.size();
      continuations_.Insert(text, 1);
      break;
    case Target::kRecurring: {
      const std::string reversed = Reversed(text);
      *added = recurring_reversed_.Longest(reversed, 0).length != text.size();
      recurring_reversed_.Insert(reversed, 1);
      break;
    }
    case Target::kList: {
      const auto& list = lists_[static_cast<std::size_t>(entry.kind)];
      *added = std::none_of(list.begin(), list.end(),
                            [&](const TimexWord& w) { return w.text == text; });
      if (*added) AddToList(entry.kind, entry.word);
      break;
    }
  }
  if (*added && entry.starts) MarkTrigger(text);
  return "";
}

Status TimexLexicon::Parse(File file, std::istream& in,
                           const std::string& source_name,
                           std::vector<std::string>* warnings) {
  const std::size_t columns = file == File::kRelative ? 4 : 3;
  std::vector<TsvRow> rows;
  std::vector<std::string> errors;
  Status status = ParseTsv(in, source_name, {columns, columns}, &rows, &errors);
  if (!status.ok()) return status;
  TimexLexicon next = *this;
  std::vector<std::string> found;  // warnings, kept only on success
  for (const TsvRow& tsv : rows) {
    const std::vector<std::string>& f = tsv.fields;
    Row row{file,
            tsv.source,
            "",
            NormalizeText(f[0]),
            f[1],
            f[2],
            columns > 3 ? f[3] : ""};
    for (const std::string& field : f) {
      row.shown +=
          (row.shown.empty() ? "" : " ") + (field.empty() ? "-" : field);
    }
    next.Add(row, &errors, &found);
  }
  if (!errors.empty()) {
    std::stable_sort(errors.begin(), errors.end(),
                     [&](const std::string& a, const std::string& b) {
                       return LineOf(a, source_name) < LineOf(b, source_name);
                     });
    return Status::InvalidInput(JoinLines(errors));
  }
  *this = std::move(next);
  warnings->insert(warnings->end(), found.begin(), found.end());
  return Status::Ok();
}

Status TimexLexicon::CheckComplete(const std::string& source_name) const {
  std::string missing;
  for (const RoleSpec& r : kRoles) {
    if (!roles_[static_cast<std::size_t>(r.role)].empty()) continue;
    missing += (missing.empty() ? "" : ", ") + std::string(r.kind) + " " +
               std::string(r.value);
  }
  if (missing.empty()) return Status::Ok();
  return Status::InvalidInput(source_name + ": no word for " + missing);
}

Status TimexLexicon::Load(const std::string& dir, TimexLexicon* out,
                          std::vector<std::string>* warnings) {
  TimexLexicon loaded;
  std::vector<std::string> found;
  for (std::size_t i = 0; i < kFileNames.size(); ++i) {
    const std::string path = dir + "/" + kFileNames[i];
    std::ifstream in(path);
    if (!in) {
      std::error_code ec;
      return std::filesystem::exists(path, ec)
                 ? Status::IoError(path + ": cannot open")
                 : Status::NotFound(path + ": time word file missing");
    }
    Status s = loaded.Parse(static_cast<File>(i), in, path, &found);
    if (!s.ok()) return s;
  }
  Status s = loaded.CheckComplete(dir + "/" + kFileNames[0]);
  if (!s.ok()) return s;
  *out = std::move(loaded);
  warnings->insert(warnings->end(), found.begin(), found.end());
  return Status::Ok();
}

}  // namespace newsgraph::extract::ko
