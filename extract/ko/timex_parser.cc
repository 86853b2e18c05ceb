#include "extract/ko/timex_parser.h"

#include <string_view>

#include "extract/ko/timex_numbers.h"
#include "extract/ko/timex_parser_internal.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko::timex {
namespace internal {
namespace {

// Range connectors between two points ("2018~2020년", "1-3월").
constexpr std::string_view kConnectors[] = {"~", "\u223C", "\u301C", "\uFF5E",
                                            "-", "\u2013", "\u2014"};

}  // namespace

bool Parser::Boundary(std::size_t pos) const {
  if (pos >= s_.size()) return true;
  std::size_t next = pos;
  if (!IsHangulSyllable(DecodeUtf8(s_, &next))) return true;
  return words_.ContinuationAt(s_, pos);
}

// "3일 동안", "30일 이내", "5일 이상": the number counts days, it names none.
bool Parser::FollowedByDurationWord(std::size_t pos) const {
  return Find(TimexKind::kDurationWord, SkipSpaces(pos)) != nullptr;
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
  for (TimexRole unit : {TimexRole::kYearUnit, TimexRole::kMonthUnit,
                         TimexRole::kDayUnit, TimexRole::kQuarterUnit}) {
    if (At(t, unit)) return words_.Word(unit);
  }
  return {};
}

// Digits followed by `unit` (and a word boundary), or by a range whose second
// number carries the unit. Returns the end (after the unit if written).
std::size_t Parser::NumberWithUnit(std::size_t pos, std::string_view unit,
                                   int* value, int* digits, Partial* p) const {
  const int n = ReadDigits(s_, pos, value);
  if (n == 0) return 0;
  *digits = n;
  const std::size_t at = pos + n;
  if (At(at, unit)) {
    const std::size_t end = at + unit.size();
    // "4일자 보도" (dated the 4th); "자" after other words is no particle.
    const bool dated =
        unit == words_.Word(TimexRole::kDayUnit) && At(end, TimexRole::kDated);
    return dated || Boundary(end) ? end : 0;
  }
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

int Parser::YearForMonth(int month, Mod mod, const Partial* inherit,
                         Partial* p) const {
  if (p->level == kLevelYear) return p->point.year;
  if (inherit && inherit->level >= kLevelYear &&
      inherit->point.granularity != Granularity::kWeek) {
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
    if (inherit->point.HasDate() && day < inherit->point.day)
      AddMonths(&y, &m, 1);
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
    for (int i = 0; i < 2 && day > DaysInMonth(y, m); ++i)
      AddMonths(&y, &m, step);
  }
  if (!IsValidDate(y, m, day)) return false;
  *out = Date{y, m, day};
  return true;
}

std::size_t Parser::ReadModifier(std::size_t pos, Mod* mod) const {
  if (const TimexWord* w = Find(TimexKind::kModifier, pos)) {
    *mod = static_cast<Mod>(w->value);
    return SkipSpaces(pos + w->text.size());
  }
  *mod = Mod::kNone;
  return pos;
}

// "매년 3월", "매월 10일": a recurring time, not one point.
bool Parser::Recurring(std::size_t pos) const {
  return words_.RecurringBefore(s_, pos);
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
  if (At(pos, TimexRole::kRangeFrom)) {
    t = pos + Size(TimexRole::kRangeFrom);
  } else if (At(pos, TimexRole::kRangeBetween)) {
    t = pos + Size(TimexRole::kRangeBetween);
    needs_until = true;
  } else {
    t = SkipSpaces(pos);
    const std::size_t len = ConnectorLength(t);
    if (len == 0) return 0;
    t += len;
  }
  std::size_t end = ParsePoint(SkipSpaces(t), &a, b);
  if (end == 0 || b->elapsed) return 0;
  if (At(end, TimexRole::kRangeUntil)) {
    end += Size(TimexRole::kRangeUntil);
  } else if (needs_until) {
    return 0;
  }
  return end;
}

std::size_t Parser::ParsePoint(std::size_t pos, const Partial* inherit,
                               Partial* p) {
  std::size_t end = Component(pos, inherit, p);
  if (end == 0) return 0;
  while (std::size_t next = Component(SkipSpaces(end), inherit, p)) end = next;
  if (p->level == kLevelYear && !p->complete &&
      (p->two_digit_year || p->needs_more)) {
    return 0;
  }
  return end;
}

std::size_t Parser::Component(std::size_t pos, const Partial* inherit,
                              Partial* p) {
  if (p->complete || pos >= s_.size()) return 0;
  std::size_t end = 0;
  if (p->level == kLevelNone) {
    if ((end = Duration(pos, p)) || (end = NumericDate(pos, p)) ||
        (end = WhenMentioned(pos, p)) ||
        (end = ModifiedComponent(pos, inherit, p))) {
      return end;
    }
    if ((end = Year(pos, Mod::kNone, p)) || (end = Week(pos, Mod::kNone, p)))
      return end;
  }
  if (p->level <= kLevelYear &&
      ((end = Month(pos, Mod::kNone, inherit, p)) ||
       (end = QuarterOrHalf(pos, Mod::kNone, inherit, p)))) {
    return end;
  }
  if (p->level <= kLevelMonth && (end = Day(pos, Mod::kNone, inherit, p)))
    return end;
  if ((end = Weekday(pos, Mod::kNone, p))) return end;
  if ((p->level == kLevelNone || p->level == kLevelDay) &&
      (end = TimeOfDay(pos, inherit, p))) {
    return end;
  }
  return PeriodPart(pos, Mod::kNone, p);
}

// "지난 12월", "오는 10일", "다음 주", "지난해", "이번 달": a modifier and what
// it modifies, read as one component.
std::size_t Parser::ModifiedComponent(std::size_t pos, const Partial* inherit,
                                      Partial* p) {
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

}  // namespace internal

bool MayStartTimex(const TimexLexicon& words, std::string_view s,
                   std::size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c >= '0' && c <= '9') {
    if (pos == 0) return true;
    const auto prev = static_cast<unsigned char>(s[pos - 1]);
    const bool in_token = (prev >= '0' && prev <= '9') ||
                          (prev >= 'A' && prev <= 'Z') ||
                          (prev >= 'a' && prev <= 'z') || prev == '.' ||
                          prev == ',' || prev == ':' || prev == '/';
    return !in_token;
  }
  if (c < 0x80) return false;
  std::size_t next = pos;
  const char32_t cp = DecodeUtf8(s, &next);
  if (!IsHangulSyllable(cp) || !words.IsTrigger(cp)) return false;
  if (pos == 0) return true;
  std::size_t prev = pos - 1;
  while (prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80)
    --prev;
  return !IsHangulSyllable(DecodeUtf8(s, &prev));
}

std::optional<ParsedTimex> ParseTimexAt(std::string_view s, std::size_t pos,
                                        const TimeContext& context) {
  return internal::Parser(s, context).Parse(pos);
}

}  // namespace newsgraph::extract::ko::timex
