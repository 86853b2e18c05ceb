// The components of a time expression, one function each (see
// timex_parser_internal.h): durations, numeric dates, years, months,
// quarters and halves, weeks, days, weekdays, times of day, parts of a period.
#include <string_view>
#include <utility>

#include "extract/ko/timex_numbers.h"
#include "extract/ko/timex_parser_internal.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko::timex::internal {
namespace {

constexpr RelativeWord kYearWords[] = {
    {"지난해", -1, Base::kAnchor},
    {"작년", -1, Base::kAnchor},
    {"재작년", -2, Base::kAnchor},
    {"올해", 0, Base::kAnchor},
    {"금년", 0, Base::kAnchor},
    {"내년", 1, Base::kAnchor},
    {"명년", 1, Base::kAnchor},
    {"내후년", 2, Base::kAnchor},
    {"전년", -1, Base::kContext},
    {"이듬해", 1, Base::kContext},
    {"그해", 0, Base::kContext},
    {"그 해", 0, Base::kContext},
    {"같은 해", 0, Base::kContext},
    {"같은해", 0, Base::kContext},
    // "당해" alone also means "the ... in question" ("당해 법인").
    {"당해 연도", 0, Base::kContext},
    {"당해연도", 0, Base::kContext},
    {"당해년도", 0, Base::kContext},
    {"동년", 0, Base::kContext}};

constexpr RelativeWord kMonthWords[] = {
    // Not "전달": far more often "delivery" than "the previous month".
    {"전월", -1, Base::kAnchor}, {"이달", 0, Base::kAnchor},
    {"금월", 0, Base::kAnchor},  {"내달", 1, Base::kAnchor},
    {"익월", 1, Base::kAnchor},  {"같은 달", 0, Base::kContext},
    {"그달", 0, Base::kContext}, {"그 달", 0, Base::kContext},
    {"당월", 0, Base::kContext}};

constexpr RelativeWord kDayWords[] = {
    {"오늘", 0, Base::kAnchor},    {"금일", 0, Base::kAnchor},
    {"어제", -1, Base::kAnchor},   {"그저께", -2, Base::kAnchor},
    {"그제", -2, Base::kAnchor},   {"내일", 1, Base::kAnchor},
    {"모레", 2, Base::kAnchor},    {"이날", 0, Base::kContext},
    {"당일", 0, Base::kContext},   {"같은 날", 0, Base::kContext},
    {"그날", 0, Base::kContext},   {"그 날", 0, Base::kContext},
    {"전날", -1, Base::kContext},  {"전일", -1, Base::kContext},
    {"이튿날", 1, Base::kContext}, {"익일", 1, Base::kContext},
    {"다음날", 1, Base::kContext}};

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 'a' && c <= 'z');
}

// "1Q", "4Q24", "1H", "2H25": quarters and halves as analysts write them.
// Returns the end (0: none); *year2 is the two-digit year, or -1.
std::size_t LetterPeriod(std::string_view s, std::size_t pos, char letter,
                         int max, int* value, int* year2) {
  if (pos + 1 >= s.size() || s[pos] < '1' || s[pos] > '0' + max ||
      s[pos + 1] != letter) {
    return 0;
  }
  std::size_t end = pos + 2;
  *value = s[pos] - '0';
  *year2 = -1;
  int yy = 0;
  if (ReadDigits(s, end, &yy) == 2) {
    *year2 = yy;
    end += 2;
  }
  return end < s.size() && IsAsciiAlnum(s[end]) ? 0 : end;
}

}  // namespace

// "3일 전", "2주 전", "10년 전", "5년 후", "한 달 뒤": a date counted from the
// anchor; "7개월 만(에)": an elapsed duration with no value of its own.
std::size_t Parser::Duration(std::size_t pos, Partial* p) {
  int amount = 0;
  char unit = 0;
  const std::size_t at = DurationAmount(pos, &amount, &unit);
  if (at == 0) return 0;
  // "5년여 만에": about five years.
  const bool about =
      At(at, "여") && At(SkipSpaces(at + std::string_view("여").size()), "만");
  const std::size_t t =
      SkipSpaces(about ? at + std::string_view("여").size() : at);
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
    const bool hangul =
        end < s_.size() && IsHangulSyllable(DecodeUtf8(s_, &next));
    if (hangul && !At(end, "에") && !At(end, "이") && !At(end, "의") &&
        !At(end, "인")) {
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
std::size_t Parser::DurationAmount(std::size_t pos, int* amount,
                                   char* unit) const {
  static constexpr std::pair<std::string_view, char> kUnits[] = {
      {"주일", 'W'}, {"일", 'D'}, {"주", 'W'},
      {"개월", 'M'}, {"달", 'M'}, {"년", 'Y'}};
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
  auto after_separator = [&](std::size_t i) {
    return sep == '.' ? SkipSpaces(i + 1) : i + 1;
  };
  std::size_t t = after_separator(at);
  int second = 0;
  const int n2 = ReadDigits(s_, t, &second);
  if (n2 == 0 || n2 > 2) return 0;
  t += n2;
  const bool year_first =
      (n1 == 4 && first >= 1800 && first <= 2199) || n1 == 2;
  if (year_first && t < s_.size() && s_[t] == sep) {
    const std::size_t d = after_separator(t);
    int third = 0;
    const int n3 = ReadDigits(s_, d, &third);
    if (n3 >= 1 && n3 <= 2) {
      const int year = n1 == 4 ? first : TwoDigitYear(first);
      if (!IsValidDate(year, second, third)) return 0;
      std::size_t end = d + n3;
      if (sep == '.' && At(end, ".") &&
          (end + 1 >= s_.size() || s_[end + 1] < '0' || s_[end + 1] > '9')) {
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
      p->SetYear(ContextYear(p) +
                 1);  // "다음 해": the year after the one discussed
    } else {
      p->SetYear(Anchor(p).year + (mod == Mod::kPast     ? -1
                                   : mod == Mod::kComing ? 1
                                                         : 0));
    }
    return end;
  }
  for (const RelativeWord& w : kYearWords) {
    if (std::size_t end = Word(pos, w.word)) {
      const int base =
          w.base == Base::kAnchor ? Anchor(p).year : ContextYear(p);
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

std::size_t Parser::Month(std::size_t pos, Mod mod, const Partial* inherit,
                          Partial* p) {
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
  } else if (std::size_t len =
                 ReadSinoNumber(s_, pos, "월", &value, &syllables)) {
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

std::size_t Parser::QuarterOrHalf(std::size_t pos, Mod mod,
                                  const Partial* inherit, Partial* p) {
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
  int year2 = -1;
  if (end == 0) end = LetterPeriod(s_, pos, 'Q', 4, &value, &year2);
  if (end != 0) {
    if (value < 1 || value > 4) {
      p->virtual_unit = false;
      return 0;
    }
    p->point.granularity = Granularity::kQuarter;
    p->point.year =
        year2 >= 0 ? TwoDigitYear(year2) : YearForPeriod(inherit, p);
    if (mod != Mod::kNone && p->level == kLevelNone) {
      // "지난 4분기" is the most recent past fourth quarter.
      const int current = (Anchor(p).month - 1) / 3 + 1;
      if (mod == Mod::kPast && value >= current) --p->point.year;
      if ((mod == Mod::kComing || mod == Mod::kNext) && value <= current)
        ++p->point.year;
    } else if (year2 < 0 && p->level == kLevelNone && !inherit) {
      // A bare quarter across the year boundary: "4분기" in a January or
      // February article is the quarter just reported, "1분기" in December
      // the coming one.
      const int month = Anchor(p).month;
      if (value * 3 - month >= 10) --p->point.year;
      if (month - (value * 3 - 2) >= 11) ++p->point.year;
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
  if (p->level == kLevelNone &&
      ((end = Word(pos, "전 분기")) || (end = Word(pos, "전분기")) ||
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
  } else if ((end = LetterPeriod(s_, pos, 'H', 2, &half, &year2)) == 0) {
    return 0;
  }
  int year = 0;
  if (year2 >= 0) {
    year = TwoDigitYear(year2);
  } else if (mod == Mod::kNone || p->level == kLevelYear) {
    year = YearForPeriod(inherit, p);
  } else {
    const Date a = Anchor(p);
    const int anchor_half = a.month <= 6 ? 1 : 2;
    year = a.year;
    if (mod == Mod::kPast && half >= anchor_half) --year;
    if ((mod == Mod::kComing || mod == Mod::kNext) && half <= anchor_half)
      ++year;
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
    // "이번 주가 하락": 주가 is the share price, not "this week".
    if ((end = Word(pos, "주")) == 0 || At(end, "가")) return 0;
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

std::size_t Parser::Day(std::size_t pos, Mod mod, const Partial* inherit,
                        Partial* p) {
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
    // "3일 동안", "30일 이내" are durations; "31일" in a month without it is no
    // date.
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
  static constexpr std::string_view kDays[] = {"월", "화", "수", "목",
                                               "금", "토", "일"};
  int weekday = 0;
  for (int i = 0; i < 7; ++i) {
    if (At(pos, kDays[i]) && At(pos + kDays[i].size(), "요일")) weekday = i + 1;
  }
  if (weekday == 0) return 0;
  const std::size_t end = pos + std::string_view("월요일").size();
  if (!Boundary(end)) return 0;
  if (p->level == kLevelDay && mod == Mod::kNone) return end;  // "4일 화요일"
  if (p->point.granularity == Granularity::kWeek && p->level == kLevelMonth) {
    p->SetDate(
        AddDays(IsoWeekMonday(p->point.year, p->point.week), weekday - 1));
    return end;
  }
  if (p->level != kLevelNone) return 0;
  // "넷째 주 금요일", "둘째주 금요일": an ordinal week of some month, not this
  // week.
  const std::string_view before = s_.substr(0, pos);
  if (mod == Mod::kNone && (before.ends_with("주 ") || before.ends_with("주")))
    return 0;
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
std::size_t Parser::TimeOfDay(std::size_t pos, const Partial* inherit,
                              Partial* p) {
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
  } else if ((end = Word(pos, "자정")) &&
             (p->level == kLevelDay || (end < s_.size() && s_[end] != ' '))) {
    // "자정 노력" is self-regulation; midnight comes after a date or
    // takes a particle ("자정께", "자정까지").
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
      if (At(end, ":") && ReadDigits(s_, end + 1, &ss) == 2)
        end += 3;  // seconds
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
      if (nm >= 1 && nm <= 2 && mm <= 59 && At(m + nm, "분") &&
          Boundary(m + nm + 3)) {
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
  // "오후 3시부터 5시까지": the second time keeps the first one's day and,
  // unless it says otherwise, its afternoon.
  const bool after_time =
      inherit && inherit->point.granularity == Granularity::kMinute;
  if (after_time && !has_part && hour < 12 && inherit->point.hour >= 12) {
    hour += 12;
  }
  Date d;
  if (p->level == kLevelDay) {
    d = p->point.date();
  } else if (inherit && inherit->point.HasDate()) {
    d = inherit->point.date();
  } else {
    d = ContextDate(p);
  }
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
  static constexpr std::string_view kYearParts[] = {"연말", "연초", "연중",
                                                    "연내"};
  static constexpr std::string_view kParts[] = {"초순", "상순", "중순", "하순",
                                                "중반", "초반", "후반", "연말",
                                                "연초", "초",   "중",   "말"};
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

}  // namespace newsgraph::extract::ko::timex::internal
