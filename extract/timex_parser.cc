#include "extract/timex_parser.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "extract/timex_numbers.h"
#include "extract/utf8.h"

namespace newsgraph::extract::timex {
namespace {

// A word in front of a time word: 지난 (past), 오는 (coming), 다음 (next),
// 이번 (this). "지난 12월" is the most recent past December, "오는 3일" the
// next 3rd, "다음 주" the week after the anchor's.
enum class Mod { kNone, kPast, kComing, kNext, kThis };

// Components come in this order within one expression; each may appear once.
enum Level { kLevelNone = 0, kLevelYear, kLevelMonth, kLevelDay, kLevelTime };

// Whether a word counts from the publication date or from the last mention.
enum class Base { kAnchor, kContext };

struct RelativeWord {
  std::string_view word;
  int delta;
  Base base;
};

constexpr RelativeWord kYearWords[] = {
    {"지난해", -1, Base::kAnchor}, {"작년", -1, Base::kAnchor},
    {"재작년", -2, Base::kAnchor}, {"올해", 0, Base::kAnchor},
    {"금년", 0, Base::kAnchor},    {"내년", 1, Base::kAnchor},
    {"명년", 1, Base::kAnchor},    {"내후년", 2, Base::kAnchor},
    {"전년", -1, Base::kContext},  {"이듬해", 1, Base::kContext},
    {"그해", 0, Base::kContext},   {"그 해", 0, Base::kContext},
    {"같은 해", 0, Base::kContext}, {"같은해", 0, Base::kContext},
    {"당해", 0, Base::kContext},   {"동년", 0, Base::kContext}};

constexpr RelativeWord kMonthWords[] = {
    {"전달", -1, Base::kAnchor},    {"전월", -1, Base::kAnchor},
    {"이달", 0, Base::kAnchor},     {"금월", 0, Base::kAnchor},
    {"내달", 1, Base::kAnchor},     {"익월", 1, Base::kAnchor},
    {"같은 달", 0, Base::kContext}, {"그달", 0, Base::kContext},
    {"그 달", 0, Base::kContext},   {"당월", 0, Base::kContext}};

constexpr RelativeWord kDayWords[] = {
    {"오늘", 0, Base::kAnchor},     {"금일", 0, Base::kAnchor},
    {"어제", -1, Base::kAnchor},    {"그저께", -2, Base::kAnchor},
    {"그제", -2, Base::kAnchor},    {"내일", 1, Base::kAnchor},
    {"모레", 2, Base::kAnchor},     {"이날", 0, Base::kContext},
    {"당일", 0, Base::kContext},    {"같은 날", 0, Base::kContext},
    {"그날", 0, Base::kContext},    {"그 날", 0, Base::kContext},
    {"전날", -1, Base::kContext},   {"전일", -1, Base::kContext},
    {"이튿날", 1, Base::kContext},  {"익일", 1, Base::kContext},
    {"다음날", 1, Base::kContext}};

// Words that may directly follow a time word without making it part of a
// longer word: particles and suffixes ("4일부터", "지난해에는", "3월말",
// "4일자"), but not "오늘날", "3일간", "1990년대", "3월물".
constexpr std::string_view kContinuations[] = {
    "에", "의", "은", "는", "이", "가", "을", "를", "도", "만", "부터", "까지",
    "로", "으로", "와", "과", "엔", "인", "께", "경", "쯤", "보다", "대비", "중",
    "무렵", "들어", "였", "말", "초", "자", "처럼", "마다", "내", "후", "전"};

// Range connectors between two points ("2018~2020년", "1-3월").
constexpr std::string_view kConnectors[] = {"~", "\u223C", "\u301C", "\uFF5E",
                                            "-", "\u2013", "\u2014"};

// First syllables of every word that can start an expression, sorted, so
// that most words are rejected with one binary search.
constexpr std::array kTriggerSyllables = std::to_array<char32_t>({
    U'같', U'구', U'그', U'금', U'나', U'낮', U'내', U'네', U'다', U'닷', U'당',
    U'동', U'두', U'명', U'모', U'목', U'밤', U'백', U'보', U'사', U'삼',
    U'상', U'새', U'세', U'수', U'시', U'십', U'아', U'어', U'여', U'연',
    U'열', U'엿', U'오', U'올', U'월', U'유', U'육', U'이', U'익', U'일',
    U'자', U'작', U'재', U'저', U'전', U'정', U'지', U'직', U'천', U'칠',
    U'토', U'팔', U'하', U'한', U'화', U'후'});

static_assert(std::is_sorted(kTriggerSyllables.begin(), kTriggerSyllables.end()));

bool IsTriggerSyllable(char32_t c) {
  return std::binary_search(kTriggerSyllables.begin(), kTriggerSyllables.end(), c);
}

// The value being built while one expression is read.
struct Partial {
  TimePoint point;           // granularity = finest component so far
  int level = kLevelNone;
  bool unresolved = false;   // needed an anchor the document lacks
  bool two_digit_year = false;  // "24년" alone is a duration, not a year
  bool needs_more = false;   // "올" must be followed by a component
  bool complete = false;     // nothing may follow (durations, "말", "당시")
  bool sino = false;         // written in Sino-Korean words: "이천십오년 삼월"
  bool virtual_unit = false; // "2018~2020년": the 2018 borrows its unit
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
  Parser(std::string_view s, const TimeContext& context) : s_(s), ctx_(context) {}
  std::optional<ParsedTimex> Parse(std::size_t pos);

 private:
  bool Recurring(std::size_t pos) const;
  bool At(std::size_t pos, std::string_view w) const {
    return pos <= s_.size() && s_.substr(pos).starts_with(w);
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
  std::size_t ConnectorLength(std::size_t pos) const;
  bool FollowedByDurationWord(std::size_t pos) const;
  std::string_view RangeUnitAhead(std::size_t pos) const;
  std::size_t NumberWithUnit(std::size_t pos, std::string_view unit, int* value,
                             int* digits, Partial* p) const;

  std::size_t ParsePoint(std::size_t pos, const Partial* inherit, Partial* p);
  std::size_t RangeEnd(std::size_t pos, const Partial& a, Partial* b);
  std::size_t Component(std::size_t pos, const Partial* inherit, Partial* p);
  std::size_t ModifiedComponent(std::size_t pos, const Partial* inherit, Partial* p);
  std::size_t ReadModifier(std::size_t pos, Mod* mod) const;
  std::size_t Duration(std::size_t pos, Partial* p);
  std::size_t DurationAmount(std::size_t pos, int* amount, char* unit) const;
  std::size_t NumericDate(std::size_t pos, Partial* p);
  std::size_t WhenMentioned(std::size_t pos, Partial* p);
  std::size_t Year(std::size_t pos, Mod mod, Partial* p);
  std::size_t Month(std::size_t pos, Mod mod, const Partial* inherit, Partial* p);
  std::size_t QuarterOrHalf(std::size_t pos, Mod mod, const Partial* inherit, Partial* p);
  std::size_t Week(std::size_t pos, Mod mod, Partial* p);
  std::size_t Day(std::size_t pos, Mod mod, const Partial* inherit, Partial* p);
  std::size_t Weekday(std::size_t pos, Mod mod, Partial* p);
  std::size_t TimeOfDay(std::size_t pos, Partial* p);
  std::size_t PeriodPart(std::size_t pos, Mod mod, Partial* p);

  Date Anchor(Partial* p) const;
  int ContextYear(Partial* p) const;
  void ContextMonth(Partial* p, int* year, int* month) const;
  Date ContextDate(Partial* p) const;
  int TwoDigitYear(int yy) const;
  int YearForMonth(int month, Mod mod, const Partial* inherit, Partial* p) const;
  int YearForPeriod(const Partial* inherit, Partial* p) const;
  bool DateForDay(int day, Mod mod, const Partial* inherit, Partial* p, Date* out) const;

  std::string_view s_;
  const TimeContext& ctx_;
};

bool Parser::Boundary(std::size_t pos) const {
  if (pos >= s_.size()) return true;
  std::size_t next = pos;
  if (!IsHangulSyllable(DecodeUtf8(s_, &next))) return true;
  for (std::string_view w : kContinuations) {
    if (At(pos, w)) return true;
  }
  return false;
}

// "3일 동안", "30일 이내", "5일 이상": the number counts days, it names none.
bool Parser::FollowedByDurationWord(std::size_t pos) const {
  static constexpr std::string_view kWords[] = {"동안", "이내", "이상", "미만", "가량",
                                                "넘게", "남짓", "내외", "안팎", "정도"};
  const std::size_t t = SkipSpaces(pos);
  for (std::string_view w : kWords) {
    if (At(t, w)) return true;
  }
  return false;
}

std::size_t Parser::ConnectorLength(std::size_t pos) const {
  for (std::string_view c : kConnectors) {
    if (At(pos, c)) return c.size();
  }
  return 0;
}

// "2018~2020년": the unit after the number that follows a connector.
std::string_view Parser::RangeUnitAhead(std::size_t pos) const {
  std::size_t t = SkipSpaces(pos);
  const std::size_t len = ConnectorLength(t);
  if (len == 0) return {};
  t = SkipSpaces(t + len);
  int value = 0;
  const int n = ReadDigits(s_, t, &value);
  if (n == 0) return {};
  t += n;
  for (std::string_view unit : {"년", "월", "일", "분기"}) {
    if (At(t, unit)) return unit;
  }
  return {};
}

// Digits followed by `unit` (and a word boundary), or by a range whose second
// number carries the unit. Returns the end (after the unit if written).
std::size_t Parser::NumberWithUnit(std::size_t pos, std::string_view unit, int* value,
                                   int* digits, Partial* p) const {
  const int n = ReadDigits(s_, pos, value);
  if (n == 0) return 0;
  *digits = n;
  const std::size_t at = pos + n;
  if (At(at, unit)) return Boundary(at + unit.size()) ? at + unit.size() : 0;
  if (RangeUnitAhead(at) == unit) {
    p->virtual_unit = true;
    return at;
  }
  return 0;
}

Date Parser::Anchor(Partial* p) const {
  if (ctx_.anchor()) return *ctx_.anchor();
  p->unresolved = true;
  return Date{2000, 1, 1};  // placeholder so that parsing can go on
}

int Parser::ContextYear(Partial* p) const {
  const auto& last = ctx_.last();
  if (last && last->granularity != Granularity::kNone) return last->year;
  return Anchor(p).year;
}

void Parser::ContextMonth(Partial* p, int* year, int* month) const {
  const auto& last = ctx_.last();
  if (last && (last->granularity == Granularity::kMonth || last->HasDate())) {
    *year = last->year;
    *month = last->month;
    return;
  }
  const Date d = ctx_.last_date() ? *ctx_.last_date() : Anchor(p);
  *year = d.year;
  *month = d.month;
}

Date Parser::ContextDate(Partial* p) const {
  return ctx_.last_date() ? *ctx_.last_date() : Anchor(p);
}

// "24년" is 2024; "98년" is 1998 (a year more than ten years ahead of the
// anchor is taken from the previous century).
int Parser::TwoDigitYear(int yy) const {
  const int now = ctx_.anchor() ? ctx_.anchor()->year : 2025;
  return 2000 + yy > now + 10 ? 1900 + yy : 2000 + yy;
}

int Parser::YearForMonth(int month, Mod mod, const Partial* inherit, Partial* p) const {
  if (p->level == kLevelYear) return p->point.year;
  if (inherit && inherit->level >= kLevelYear && inherit->point.granularity != Granularity::kWeek) {
    const bool wraps = inherit->HasMonth() && month < inherit->point.month;
    return inherit->point.year + (wraps ? 1 : 0);  // "2024년 11월~2월"
  }
  const Date a = Anchor(p);
  switch (mod) {
    case Mod::kPast:
      return month < a.month ? a.year : a.year - 1;
    case Mod::kComing:
    case Mod::kNext:
      return month > a.month ? a.year : a.year + 1;
    case Mod::kThis:
      return a.year;
    case Mod::kNone:
      break;
  }
  // Only a month within three months across the year boundary leaves the
  // anchor's year ("1월" in late December is next January).
  if (month - a.month >= 9) return a.year - 1;
  if (a.month - month >= 9) return a.year + 1;
  return a.year;
}

int Parser::YearForPeriod(const Partial* inherit, Partial* p) const {
  if (p->level == kLevelYear) return p->point.year;
  if (inherit && inherit->level >= kLevelYear) return inherit->point.year;
  return Anchor(p).year;
}

bool Parser::DateForDay(int day, Mod mod, const Partial* inherit, Partial* p,
                        Date* out) const {
  int y = 0;
  int m = 0;
  if (p->level == kLevelMonth) {
    if (p->point.granularity != Granularity::kMonth) return false;
    y = p->point.year;
    m = p->point.month;
  } else if (p->level != kLevelNone) {
    return false;  // "2025년 4일" is not a date
  } else if (inherit && inherit->HasMonth()) {
    y = inherit->point.year;
    m = inherit->point.month;
    if (inherit->point.HasDate() && day < inherit->point.day) AddMonths(&y, &m, 1);
  } else {
    const Date a = Anchor(p);
    y = a.year;
    m = a.month;
    int step = -1;  // where to look when the month lacks the day
    switch (mod) {
      case Mod::kPast:
        if (day > a.day) AddMonths(&y, &m, -1);
        break;
      case Mod::kComing:
      case Mod::kNext:
        if (day <= a.day) AddMonths(&y, &m, 1);
        step = 1;
        break;
      default:
        // A bare day far from the anchor's is in the neighbouring month:
        // "30일" written on the 2nd is last month's 30th.
        if (day - a.day > 20) AddMonths(&y, &m, -1);
        if (a.day - day > 20) AddMonths(&y, &m, 1);
        break;
    }
    for (int i = 0; i < 2 && day > DaysInMonth(y, m); ++i) AddMonths(&y, &m, step);
  }
  if (!IsValidDate(y, m, day)) return false;
  *out = Date{y, m, day};
  return true;
}

std::size_t Parser::ReadModifier(std::size_t pos, Mod* mod) const {
  static constexpr std::pair<std::string_view, Mod> kMods[] = {
      {"지난", Mod::kPast}, {"오는", Mod::kComing}, {"다음", Mod::kNext},
      {"이번", Mod::kThis}};
  for (const auto& [word, m] : kMods) {
    if (At(pos, word)) {
      *mod = m;
      return SkipSpaces(pos + word.size());
    }
  }
  *mod = Mod::kNone;
  return pos;
}

// "매년 3월", "매월 10일": a recurring time, not one point.
bool Parser::Recurring(std::size_t pos) const {
  static constexpr std::string_view kEvery[] = {"매년 ", "매월 ", "매달 ", "매주 ", "매일 "};
  for (std::string_view w : kEvery) {
    if (pos >= w.size() && s_.substr(pos - w.size(), w.size()) == w) return true;
  }
  return false;
}

std::optional<ParsedTimex> Parser::Parse(std::size_t pos) {
  if (Recurring(pos)) return std::nullopt;
  Partial a;
  const std::size_t end = ParsePoint(pos, nullptr, &a);
  if (end == 0) return std::nullopt;
  ParsedTimex out;
  out.end = end;
  if (a.elapsed) {
    out.is_elapsed = true;
    out.elapsed_amount = a.elapsed_amount;
    out.elapsed_unit = a.elapsed_unit;
    return out;
  }
  Partial b;
  const std::size_t range_end = RangeEnd(end, a, &b);
  if (range_end == 0 && a.virtual_unit) return std::nullopt;
  const Partial& last = range_end ? b : a;
  if (range_end) out.end = range_end;
  if (a.unresolved || last.unresolved) return out;
  out.value = FormatIso(a.point);
  if (range_end) {
    out.value += '/';
    out.value += FormatIso(b.point);
  }
  if (!last.side_day) out.remembered = last.point;
  return out;
}

// "A부터 B(까지)", "A에서 B까지", "A~B", "A-B": the end of B, or 0.
std::size_t Parser::RangeEnd(std::size_t pos, const Partial& a, Partial* b) {
  bool needs_until = false;
  std::size_t t = pos;
  if (At(pos, "부터")) {
    t = pos + std::string_view("부터").size();
  } else if (At(pos, "에서")) {
    t = pos + std::string_view("에서").size();
    needs_until = true;
  } else {
    t = SkipSpaces(pos);
    const std::size_t len = ConnectorLength(t);
    if (len == 0) return 0;
    t += len;
  }
  std::size_t end = ParsePoint(SkipSpaces(t), &a, b);
  if (end == 0 || b->elapsed) return 0;
  if (At(end, "까지")) {
    end += std::string_view("까지").size();
  } else if (needs_until) {
    return 0;
  }
  return end;
}

std::size_t Parser::ParsePoint(std::size_t pos, const Partial* inherit, Partial* p) {
  std::size_t end = Component(pos, inherit, p);
  if (end == 0) return 0;
  while (std::size_t next = Component(SkipSpaces(end), inherit, p)) end = next;
  if (p->level == kLevelYear && !p->complete && (p->two_digit_year || p->needs_more)) {
    return 0;
  }
  return end;
}

std::size_t Parser::Component(std::size_t pos, const Partial* inherit, Partial* p) {
  if (p->complete || pos >= s_.size()) return 0;
  std::size_t end = 0;
  if (p->level == kLevelNone) {
    if ((end = Duration(pos, p)) || (end = NumericDate(pos, p)) ||
        (end = WhenMentioned(pos, p)) || (end = ModifiedComponent(pos, inherit, p))) {
      return end;
    }
    if ((end = Year(pos, Mod::kNone, p)) || (end = Week(pos, Mod::kNone, p))) return end;
  }
  if (p->level <= kLevelYear && ((end = Month(pos, Mod::kNone, inherit, p)) ||
                                 (end = QuarterOrHalf(pos, Mod::kNone, inherit, p)))) {
    return end;
  }
  if (p->level <= kLevelMonth && (end = Day(pos, Mod::kNone, inherit, p))) return end;
  if ((end = Weekday(pos, Mod::kNone, p))) return end;
  if ((p->level == kLevelNone || p->level == kLevelDay) && (end = TimeOfDay(pos, p))) {
    return end;
  }
  return PeriodPart(pos, Mod::kNone, p);
}

// "지난 12월", "오는 10일", "다음 주", "지난해", "이번 달": a modifier and what
// it modifies, read as one component.
std::size_t Parser::ModifiedComponent(std::size_t pos, const Partial* inherit, Partial* p) {
  Mod mod = Mod::kNone;
  const std::size_t at = ReadModifier(pos, &mod);
  if (mod == Mod::kNone) return 0;
  std::size_t end = 0;
  if ((end = Year(at, mod, p)) || (end = Month(at, mod, inherit, p)) ||
      (end = QuarterOrHalf(at, mod, inherit, p)) || (end = Week(at, mod, p)) ||
      (end = Day(at, mod, inherit, p)) || (end = Weekday(at, mod, p)) ||
      (end = PeriodPart(at, mod, p))) {
    return end;
  }
  return 0;
}

// "3일 전", "2주 전", "10년 전", "5년 후", "한 달 뒤": a date counted from the
// anchor; "7개월 만(에)": an elapsed duration with no value of its own.
std::size_t Parser::Duration(std::size_t pos, Partial* p) {
  int amount = 0;
  char unit = 0;
  const std::size_t at = DurationAmount(pos, &amount, &unit);
  if (at == 0) return 0;
  // "5년여 만에": about five years.
  const bool about = At(at, "여") && At(SkipSpaces(at + std::string_view("여").size()), "만");
  const std::size_t t = SkipSpaces(about ? at + std::string_view("여").size() : at);
  int sign = 0;
  if (At(t, "전") && !about) {
    sign = -1;
  } else if (At(t, "후") || At(t, "뒤")) {
    sign = 1;
  } else if (!At(t, "만")) {
    return 0;
  }
  const std::size_t end = t + std::string_view("전").size();
  if (sign == 0) {
    // "만에", "만이다", "만의", "만인" or the end of a word; not "만원".
    std::size_t next = end;
    const bool hangul = end < s_.size() && IsHangulSyllable(DecodeUtf8(s_, &next));
    if (hangul && !At(end, "에") && !At(end, "이") && !At(end, "의") && !At(end, "인")) {
      return 0;
    }
    p->elapsed = true;
    p->elapsed_amount = amount;
    p->elapsed_unit = unit;
    p->complete = true;
    p->level = kLevelDay;
    return end;
  }
  if (!Boundary(end)) return 0;  // "10년 전략", "3년 후보"
  const Date a = Anchor(p);
  switch (unit) {
    case 'D':
      p->SetDate(AddDays(a, sign * amount));
      break;
    case 'W':
      p->SetDate(AddDays(a, sign * amount * 7));
      break;
    case 'M': {
      int y = a.year;
      int m = a.month;
      AddMonths(&y, &m, sign * amount);
      p->SetMonth(y, m);
      break;
    }
    default:
      p->SetYear(a.year + sign * amount);
      break;
  }
  p->complete = true;
  return end;
}

// The amount and unit of a duration: "3일", "2주", "7개월", "10년", "하루",
// "일주일", "한 달", "두 해". Returns the end, or 0.
std::size_t Parser::DurationAmount(std::size_t pos, int* amount, char* unit) const {
  static constexpr std::pair<std::string_view, char> kUnits[] = {
      {"주일", 'W'}, {"일", 'D'}, {"주", 'W'}, {"개월", 'M'}, {"달", 'M'}, {"년", 'Y'}};
  static constexpr std::pair<std::string_view, char> kNativeUnits[] = {
      {"주일", 'W'}, {"주", 'W'}, {"달", 'M'}, {"해", 'Y'}};
  int value = 0;
  const int n = ReadDigits(s_, pos, &value);
  if (n > 0) {
    if (n > 3) return 0;
    *amount = value;
    for (const auto& [word, u] : kUnits) {
      if (At(pos + n, word) && !At(pos + n, "일요일")) {
        *unit = u;
        return pos + n + word.size();
      }
    }
    return 0;
  }
  if (std::size_t len = ReadDayCount(s_, pos, &value)) {
    *amount = value;
    *unit = 'D';
    return pos + len;
  }
  if (At(pos, "일주일")) {
    *amount = 1;
    *unit = 'W';
    return pos + std::string_view("일주일").size();
  }
  if (std::size_t len = ReadNativeNumber(s_, pos, &value)) {
    const std::size_t t = SkipSpaces(pos + len);
    for (const auto& [word, u] : kNativeUnits) {
      if (At(t, word)) {
        *amount = value;
        *unit = u;
        return t + word.size();
      }
    }
  }
  return 0;
}

// "2025.02.04", "2025. 2. 4.", "2024-06-12", "2024/6/12", "25.02.04",
// "2024.06" and "2/4" (month/day).
std::size_t Parser::NumericDate(std::size_t pos, Partial* p) {
  int first = 0;
  const int n1 = ReadDigits(s_, pos, &first);
  std::size_t at = pos + n1;
  if (n1 == 0 || at >= s_.size()) return 0;
  const char sep = s_[at];
  if (sep != '.' && sep != '-' && sep != '/') return 0;
  auto after_separator = [&](std::size_t i) { return sep == '.' ? SkipSpaces(i + 1) : i + 1; };
  std::size_t t = after_separator(at);
  int second = 0;
  const int n2 = ReadDigits(s_, t, &second);
  if (n2 == 0 || n2 > 2) return 0;
  t += n2;
  const bool year_first = (n1 == 4 && first >= 1800 && first <= 2199) || n1 == 2;
  if (year_first && t < s_.size() && s_[t] == sep) {
    const std::size_t d = after_separator(t);
    int third = 0;
    const int n3 = ReadDigits(s_, d, &third);
    if (n3 >= 1 && n3 <= 2) {
      const int year = n1 == 4 ? first : TwoDigitYear(first);
      if (!IsValidDate(year, second, third)) return 0;
      std::size_t end = d + n3;
      if (sep == '.' && At(end, ".") && (end + 1 >= s_.size() || s_[end + 1] < '0' ||
                                         s_[end + 1] > '9')) {
        ++end;  // "2025. 2. 4."
      }
      p->SetDate(Date{year, second, third});
      return end;
    }
  }
  const bool digit_follows = t < s_.size() && s_[t] >= '0' && s_[t] <= '9';
  const bool sep_follows = t < s_.size() && s_[t] == sep;
  if (digit_follows || sep_follows) return 0;
  if (n1 == 4 && year_first && second >= 1 && second <= 12 && !At(t, "년")) {
    p->SetMonth(first, second);  // "2024.06"
    if (sep == '.' && At(t, ".")) ++t;
    return t;
  }
  if (sep == '/' && n1 <= 2 && first >= 1 && first <= 12 && !At(t, "분기") &&
      !At(t, "4분기")) {
    const int year = YearForMonth(first, Mod::kNone, nullptr, p);
    if (!IsValidDate(year, first, second)) return 0;
    p->SetDate(Date{year, first, second});  // "2/4"
    return t;
  }
  return 0;
}

// "당시": the time last mentioned, at its granularity.
std::size_t Parser::WhenMentioned(std::size_t pos, Partial* p) {
  const std::size_t end = Word(pos, "당시");
  const auto& last = ctx_.last();
  if (end == 0 || !last || last->granularity == Granularity::kNone) return 0;
  p->point = *last;
  p->level = last->HasDate() ? kLevelDay : kLevelMonth;
  p->complete = true;
  return end;
}

std::size_t Parser::Year(std::size_t pos, Mod mod, Partial* p) {
  int value = 0;
  int digits = 0;
  if (std::size_t end = NumberWithUnit(pos, "년", &value, &digits, p)) {
    if (digits == 4 && value >= 1800 && value <= 2199) {
      p->SetYear(value);
      return end;
    }
    if (digits == 2) {
      p->SetYear(TwoDigitYear(value));
      p->two_digit_year = true;
      return end;
    }
    p->virtual_unit = false;
    return 0;
  }
  int syllables = 0;
  if (std::size_t len = ReadSinoNumber(s_, pos, "년", &value, &syllables)) {
    const std::size_t end = pos + len + std::string_view("년").size();
    if (value < 1000 || value > 2199 || !Boundary(end)) return 0;
    p->SetYear(value);
    p->sino = true;
    return end;
  }
  if (mod != Mod::kNone) {
    const std::size_t end = Word(pos, "해");
    if (end == 0) return 0;
    if (mod == Mod::kNext) {
      p->SetYear(ContextYear(p) + 1);  // "다음 해": the year after the one discussed
    } else {
      p->SetYear(Anchor(p).year + (mod == Mod::kPast ? -1 : mod == Mod::kComing ? 1 : 0));
    }
    return end;
  }
  for (const RelativeWord& w : kYearWords) {
    if (std::size_t end = Word(pos, w.word)) {
      const int base = w.base == Base::kAnchor ? Anchor(p).year : ContextYear(p);
      p->SetYear(base + w.delta);
      return end;
    }
  }
  if (At(pos, "올들어") || At(pos, "올 들어")) {  // "so far this year"
    p->SetYear(Anchor(p).year);
    return pos + std::string_view("올").size();
  }
  if (At(pos, "올 ")) {  // "올 상반기", "올 3월"
    p->SetYear(Anchor(p).year);
    p->needs_more = true;
    return pos + std::string_view("올").size();
  }
  return 0;
}

std::size_t Parser::Month(std::size_t pos, Mod mod, const Partial* inherit, Partial* p) {
  int value = 0;
  int digits = 0;
  if (std::size_t end = NumberWithUnit(pos, "월", &value, &digits, p)) {
    if (digits > 2 || value < 1 || value > 12) {
      p->virtual_unit = false;
      return 0;
    }
    p->SetMonth(YearForMonth(value, mod, inherit, p), value);
    return end;
  }
  int syllables = 0;
  std::size_t end = 0;
  if (At(pos, "유월") || At(pos, "시월")) {
    value = At(pos, "유월") ? 6 : 10;
    end = pos + std::string_view("유월").size();
  } else if (std::size_t len = ReadSinoNumber(s_, pos, "월", &value, &syllables)) {
    // "일월" and "이월" (carried over) are ordinary words unless a
    // Sino-Korean year came first.
    if (value < 1 || value > 12 || (value <= 2 && !p->sino)) return 0;
    end = pos + len + std::string_view("월").size();
  }
  if (end != 0) {
    if (!Boundary(end)) return 0;
    p->SetMonth(YearForMonth(value, mod, inherit, p), value);
    p->sino = true;
    return end;
  }
  if (p->level != kLevelNone) return 0;
  int delta = 0;
  Base base = Base::kAnchor;
  if (mod != Mod::kNone) {
    if ((end = Word(pos, "달")) == 0) return 0;
    delta = mod == Mod::kPast ? -1 : mod == Mod::kThis ? 0 : 1;
  } else if ((end = Word(pos, "월말")) || (end = Word(pos, "월초"))) {
    p->complete = true;
  } else {
    for (const RelativeWord& w : kMonthWords) {
      if ((end = Word(pos, w.word))) {
        delta = w.delta;
        base = w.base;
        break;
      }
    }
    if (end == 0) return 0;
  }
  int y = 0;
  int m = 0;
  if (base == Base::kContext) {
    ContextMonth(p, &y, &m);
  } else {
    const Date a = Anchor(p);
    y = a.year;
    m = a.month;
  }
  AddMonths(&y, &m, delta);
  p->SetMonth(y, m);
  return end;
}

std::size_t Parser::QuarterOrHalf(std::size_t pos, Mod mod, const Partial* inherit,
                                  Partial* p) {
  int value = 0;
  int digits = 0;
  std::size_t end = NumberWithUnit(pos, "분기", &value, &digits, p);
  if (end == 0 && pos < s_.size() && s_[pos] >= '1' && s_[pos] <= '4') {
    // The older "1·4분기", "1/4분기".
    for (std::string_view sep : {"\u00B7", "\u318D", "\u30FB", "/"}) {
      if (At(pos + 1, sep) && At(pos + 1 + sep.size(), "4분기")) {
        value = s_[pos] - '0';
        end = pos + 1 + sep.size() + std::string_view("4분기").size();
        if (!Boundary(end)) return 0;
        break;
      }
    }
  }
  if (end != 0) {
    if (value < 1 || value > 4) return 0;
    p->point.granularity = Granularity::kQuarter;
    p->point.year = YearForPeriod(inherit, p);
    if (mod != Mod::kNone && p->level == kLevelNone) {
      // "지난 4분기" is the most recent past fourth quarter.
      const int current = (Anchor(p).month - 1) / 3 + 1;
      if (mod == Mod::kPast && value >= current) --p->point.year;
      if ((mod == Mod::kComing || mod == Mod::kNext) && value <= current) ++p->point.year;
    }
    p->point.quarter = value;
    p->level = kLevelMonth;
    return end;
  }
  if (mod != Mod::kNone && p->level == kLevelNone) {
    end = Word(pos, "분기");
    if (end == 0) return 0;
    const Date a = Anchor(p);
    int y = a.year;
    int m = a.month;
    AddMonths(&y, &m, mod == Mod::kPast ? -3 : mod == Mod::kThis ? 0 : 3);
    p->point.granularity = Granularity::kQuarter;
    p->point.year = y;
    p->point.quarter = (m - 1) / 3 + 1;
    p->level = kLevelMonth;
    return end;
  }
  if (p->level == kLevelNone && ((end = Word(pos, "전 분기")) || (end = Word(pos, "전분기")) ||
                                 (end = Word(pos, "직전 분기")))) {
    const Date a = Anchor(p);
    int y = a.year;
    int m = a.month;
    AddMonths(&y, &m, -3);
    p->point.granularity = Granularity::kQuarter;
    p->point.year = y;
    p->point.quarter = (m - 1) / 3 + 1;
    p->level = kLevelMonth;
    return end;
  }
  int half = 0;
  if ((end = Word(pos, "상반기")) || (end = Word(pos, "전반기"))) {
    half = 1;
  } else if ((end = Word(pos, "하반기")) || (end = Word(pos, "후반기"))) {
    half = 2;
  } else {
    return 0;
  }
  int year = 0;
  if (mod == Mod::kNone || p->level == kLevelYear) {
    year = YearForPeriod(inherit, p);
  } else {
    const Date a = Anchor(p);
    const int anchor_half = a.month <= 6 ? 1 : 2;
    year = a.year;
    if (mod == Mod::kPast && half >= anchor_half) --year;
    if ((mod == Mod::kComing || mod == Mod::kNext) && half <= anchor_half) ++year;
  }
  p->point.granularity = Granularity::kHalf;
  p->point.year = year;
  p->point.half = half;
  p->level = kLevelMonth;
  return end;
}

// "지난주", "이번 주", "다음 주", "금주": an ISO week.
std::size_t Parser::Week(std::size_t pos, Mod mod, Partial* p) {
  if (p->level != kLevelNone) return 0;
  std::size_t end = 0;
  Date d;
  if (mod != Mod::kNone) {
    if ((end = Word(pos, "주")) == 0) return 0;
    d = AddDays(Anchor(p), mod == Mod::kPast ? -7 : mod == Mod::kThis ? 0 : 7);
  } else if ((end = Word(pos, "금주"))) {
    d = Anchor(p);
  } else if ((end = Word(pos, "같은 주")) || (end = Word(pos, "그 주"))) {
    d = ContextDate(p);
  } else {
    return 0;
  }
  p->point.granularity = Granularity::kWeek;
  IsoWeek(d, &p->point.year, &p->point.week);
  p->level = kLevelMonth;
  return end;
}

std::size_t Parser::Day(std::size_t pos, Mod mod, const Partial* inherit, Partial* p) {
  int value = 0;
  int digits = 0;
  std::size_t end = NumberWithUnit(pos, "일", &value, &digits, p);
  int syllables = 0;
  if (end == 0 && p->sino && p->level == kLevelMonth) {
    if (std::size_t len = ReadSinoNumber(s_, pos, "일", &value, &syllables)) {
      end = pos + len + std::string_view("일").size();
      if (!Boundary(end)) return 0;
      digits = 1;
    }
  }
  if (end != 0) {
    Date d;
    // "3일 동안", "30일 이내" are durations; "31일" in a month without it is no date.
    if (digits > 2 || value < 1 || value > 31 || FollowedByDurationWord(end) ||
        !DateForDay(value, mod, inherit, p, &d)) {
      p->virtual_unit = false;
      return 0;
    }
    p->SetDate(d);
    return end;
  }
  if (p->level != kLevelNone) return 0;
  if (mod != Mod::kNone) {
    if (mod != Mod::kNext || (end = Word(pos, "날")) == 0) return 0;
    p->SetDate(AddDays(ContextDate(p), 1));  // "다음 날"
    p->side_day = true;
    return end;
  }
  for (const RelativeWord& w : kDayWords) {
    if ((end = Word(pos, w.word))) {
      const Date base = w.base == Base::kAnchor ? Anchor(p) : ContextDate(p);
      p->SetDate(AddDays(base, w.delta));
      p->side_day = w.base == Base::kContext && w.delta != 0;
      return end;
    }
  }
  return 0;
}

// "금요일", "지난 금요일", "지난주 금요일", "오는 월요일".
std::size_t Parser::Weekday(std::size_t pos, Mod mod, Partial* p) {
  static constexpr std::string_view kDays[] = {"월", "화", "수", "목", "금", "토", "일"};
  int weekday = 0;
  for (int i = 0; i < 7; ++i) {
    if (At(pos, kDays[i]) && At(pos + kDays[i].size(), "요일")) weekday = i + 1;
  }
  if (weekday == 0) return 0;
  const std::size_t end = pos + std::string_view("월요일").size();
  if (!Boundary(end)) return 0;
  if (p->level == kLevelDay && mod == Mod::kNone) return end;  // "4일 화요일"
  if (p->point.granularity == Granularity::kWeek && p->level == kLevelMonth) {
    p->SetDate(AddDays(IsoWeekMonday(p->point.year, p->point.week), weekday - 1));
    return end;
  }
  if (p->level != kLevelNone) return 0;
  // "넷째 주 금요일", "둘째주 금요일": an ordinal week of some month, not this week.
  const std::string_view before = s_.substr(0, pos);
  if (mod == Mod::kNone && (before.ends_with("주 ") || before.ends_with("주"))) return 0;
  const Date a = Anchor(p);
  int delta = weekday - IsoWeekday(a);
  switch (mod) {
    case Mod::kPast:
      if (delta >= 0) delta -= 7;
      break;
    case Mod::kComing:
      if (delta <= 0) delta += 7;
      break;
    case Mod::kNext:
      delta += 7;
      break;
    case Mod::kThis:
      break;
    case Mod::kNone:
      // A bare weekday is the nearest one.
      if (delta > 3) delta -= 7;
      if (delta < -3) delta += 7;
      break;
  }
  p->SetDate(AddDays(a, delta));
  return end;
}

// "오후 3시", "오전 10시 30분", "오후 세 시 반", "15:20", "정오".
std::size_t Parser::TimeOfDay(std::size_t pos, Partial* p) {
  static constexpr std::pair<std::string_view, bool> kParts[] = {
      {"오전", false}, {"오후", true}, {"새벽", false}, {"아침", false},
      {"낮", true},    {"저녁", true}, {"밤", true}};
  int hour = -1;
  int minute = 0;
  bool afternoon = false;
  bool has_part = false;
  std::size_t end = 0;
  if ((end = Word(pos, "정오"))) {
    hour = 12;
  } else if ((end = Word(pos, "자정"))) {
    hour = 0;
  } else {
    std::size_t t = pos;
    for (const auto& [word, pm] : kParts) {
      if (At(pos, word)) {
        afternoon = pm;
        has_part = true;
        t = SkipSpaces(pos + word.size());
        break;
      }
    }
    int value = 0;
    const int n = ReadDigits(s_, t, &value);
    std::size_t native = 0;
    if (n == 0 && has_part) native = ReadNativeNumber(s_, t, &value);
    if (n >= 1 && n <= 2 && At(t + n, ":")) {
      int mm = 0;
      if (ReadDigits(s_, t + n + 1, &mm) != 2 || mm > 59) return 0;
      end = t + n + 3;
      int ss = 0;
      if (At(end, ":") && ReadDigits(s_, end + 1, &ss) == 2) end += 3;  // seconds
      if (end < s_.size() && s_[end] >= '0' && s_[end] <= '9') return 0;
      hour = value;
      minute = mm;
    } else if ((n >= 1 && n <= 2) || native != 0) {
      std::size_t h = n ? t + n : SkipSpaces(t + native);
      if (!At(h, "시")) return 0;
      hour = value;
      end = h + std::string_view("시").size();
      const std::size_t m = SkipSpaces(end);
      int mm = 0;
      const int nm = ReadDigits(s_, m, &mm);
      if (nm >= 1 && nm <= 2 && mm <= 59 && At(m + nm, "분") && Boundary(m + nm + 3)) {
        minute = mm;
        end = m + nm + 3;
      } else if (Word(m, "반")) {
        minute = 30;
        end = m + 3;
      } else if (!Boundary(end)) {
        return 0;  // "3시간"
      }
    } else {
      return 0;
    }
  }
  if (hour > 24) return 0;
  if (has_part && hour == 12 && !afternoon) hour = 0;  // "오전 12시"
  if (afternoon && hour < 12) hour += 12;
  const Date d = p->level == kLevelDay ? p->point.date() : ContextDate(p);
  p->SetDate(d);
  p->point.granularity = Granularity::kMinute;
  p->point.hour = hour;
  p->point.minute = minute;
  p->level = kLevelTime;
  return end;
}

// "초", "중순", "말" after a year or month ("지난달 말", "올해 초"); "연말",
// "연초" on their own. The granularity stays that of the period.
std::size_t Parser::PeriodPart(std::size_t pos, Mod mod, Partial* p) {
  static constexpr std::string_view kYearParts[] = {"연말", "연초", "연중", "연내"};
  static constexpr std::string_view kParts[] = {"초순", "상순", "중순", "하순", "중반",
                                                "초반", "후반", "연말", "연초", "초",
                                                "중", "말"};
  std::size_t end = 0;
  if (p->level == kLevelNone) {
    for (std::string_view w : kYearParts) {
      if ((end = Word(pos, w))) {
        p->SetYear(Anchor(p).year + (mod == Mod::kPast ? -1 : 0));
        p->complete = true;
        return end;
      }
    }
    return 0;
  }
  if (mod != Mod::kNone || p->level > kLevelMonth) return 0;
  for (std::string_view w : kParts) {
    if ((end = Word(pos, w))) {
      p->complete = true;
      return end;
    }
  }
  return 0;
}

}  // namespace

bool MayStartTimex(std::string_view s, std::size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c >= '0' && c <= '9') {
    if (pos == 0) return true;
    const auto prev = static_cast<unsigned char>(s[pos - 1]);
    const bool in_token = (prev >= '0' && prev <= '9') || (prev >= 'A' && prev <= 'Z') ||
                          (prev >= 'a' && prev <= 'z') || prev == '.' || prev == ',' ||
                          prev == ':' || prev == '/';
    return !in_token;
  }
  if (c < 0x80) return false;
  std::size_t next = pos;
  const char32_t cp = DecodeUtf8(s, &next);
  if (!IsHangulSyllable(cp) || !IsTriggerSyllable(cp)) return false;
  if (pos == 0) return true;
  std::size_t prev = pos - 1;
  while (prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80) --prev;
  return !IsHangulSyllable(DecodeUtf8(s, &prev));
}

std::optional<ParsedTimex> ParseTimexAt(std::string_view s, std::size_t pos,
                                        const TimeContext& context) {
  return Parser(s, context).Parse(pos);
}

}  // namespace newsgraph::extract::timex
