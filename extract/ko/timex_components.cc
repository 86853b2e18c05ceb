// The components of a time expression, one function each (see
// timex_parser_internal.h): durations, numeric dates, years, months,
// quarters and halves, weeks, days, weekdays, times of day, parts of a period.
// Every Korean word they read comes from the TimexLexicon (timex_words.h).
#include <string_view>

#include "extract/ko/timex_numbers.h"
#include "extract/ko/timex_parser_internal.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko::timex::internal {
namespace {

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
  const std::size_t about_end = at + Size(TimexRole::kAbout);
  const TimexWord* after_about =
      At(at, TimexRole::kAbout)
          ? Find(TimexKind::kDirection, SkipSpaces(about_end))
          : nullptr;
  const bool about = after_about != nullptr && after_about->value == 0;
  const std::size_t t = SkipSpaces(about ? about_end : at);
  // -1 before ("전"), 1 after ("후"), 0 elapsed ("만").
  const TimexWord* direction = Find(TimexKind::kDirection, t);
  if (direction == nullptr) return 0;
  const int sign = direction->value;
  const std::size_t end = t + direction->text.size();
  if (sign == 0) {
    // "만에", "만이다", "만의", "만인" or the end of a word; not "만원".
    std::size_t next = end;
    const bool hangul =
        end < s_.size() && IsHangulSyllable(DecodeUtf8(s_, &next));
    if (hangul && Find(TimexKind::kElapsedTail, end) == nullptr) return 0;
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
  int value = 0;
  const int n = ReadDigits(s_, pos, &value);
  if (n > 0) {
    if (n > 3) return 0;
    // "3일요일": a unit that starts a weekday's name is none.
    if (Find(TimexKind::kWeekday, pos + n)) return 0;
    const TimexWord* u = Find(TimexKind::kDurationUnit, pos + n);
    if (u == nullptr) return 0;
    *amount = value;
    *unit = u->unit;
    return pos + n + u->text.size();
  }
  if (std::size_t len = ReadCountedDuration(words_, s_, pos, amount, unit))
    return pos + len;
  if (std::size_t len = ReadNativeNumber(words_, s_, pos, &value)) {
    const std::size_t t = SkipSpaces(pos + len);
    if (const TimexWord* u = Find(TimexKind::kNativeDurationUnit, t)) {
      *amount = value;
      *unit = u->unit;
      return t + u->text.size();
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
  if (n1 == 4 && year_first && second >= 1 && second <= 12 &&
      !At(t, TimexRole::kYearUnit)) {
    p->SetMonth(first, second);  // "2024.06"
    if (sep == '.' && At(t, ".")) ++t;
    return t;
  }
  // Not "1/4분기", the older way to write a quarter.
  const bool quarter = At(t, TimexRole::kQuarterUnit) ||
                       (At(t, "4") && At(t + 1, TimexRole::kQuarterUnit));
  if (sep == '/' && n1 <= 2 && first >= 1 && first <= 12 && !quarter) {
    const int year = YearForMonth(first, Mod::kNone, nullptr, p);
    if (!IsValidDate(year, first, second)) return 0;
    p->SetDate(Date{year, first, second});  // "2/4"
    return t;
  }
  return 0;
}

// "당시": the time last mentioned, at its granularity.
std::size_t Parser::WhenMentioned(std::size_t pos, Partial* p) {
  const std::size_t end = Word(pos, TimexRole::kWhenMentioned);
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
  const std::string_view unit = words_.Word(TimexRole::kYearUnit);
  if (std::size_t end = NumberWithUnit(pos, unit, &value, &digits, p)) {
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
  if (std::size_t len =
          ReadSinoNumber(words_, s_, pos, unit, &value, &syllables)) {
    const std::size_t end = pos + len + unit.size();
    if (value < 1000 || value > 2199 || !Boundary(end)) return 0;
    p->SetYear(value);
    p->sino = true;
    return end;
  }
  if (mod != Mod::kNone) {
    const std::size_t end = Word(pos, TimexRole::kYearNoun);
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
  if (const TimexWord* w = FindWord(TimexKind::kRelativeYear, pos)) {
    const int base = w->from_context ? ContextYear(p) : Anchor(p).year;
    p->SetYear(base + w->value);
    return pos + w->text.size();
  }
  if (!At(pos, TimexRole::kThisYear)) return 0;
  const std::size_t end = pos + Size(TimexRole::kThisYear);
  const bool spaced = At(end, " ");
  if (At(end + (spaced ? 1 : 0), TimexRole::kSoFar)) {  // "올 들어": so far
    p->SetYear(Anchor(p).year);
    return end;
  }
  if (spaced) {  // "올 상반기", "올 3월"
    p->SetYear(Anchor(p).year);
    p->needs_more = true;
    return end;
  }
  return 0;
}

std::size_t Parser::Month(std::size_t pos, Mod mod, const Partial* inherit,
                          Partial* p) {
  int value = 0;
  int digits = 0;
  const std::string_view unit = words_.Word(TimexRole::kMonthUnit);
  if (std::size_t end = NumberWithUnit(pos, unit, &value, &digits, p)) {
    if (digits > 2 || value < 1 || value > 12) {
      p->virtual_unit = false;
      return 0;
    }
    p->SetMonth(YearForMonth(value, mod, inherit, p), value);
    return end;
  }
  int syllables = 0;
  std::size_t end = 0;
  if (const TimexWord* name = Find(TimexKind::kMonthName, pos)) {
    value = name->value;
    end = pos + name->text.size();
  } else if (std::size_t len =
                 ReadSinoNumber(words_, s_, pos, unit, &value, &syllables)) {
    // "일월" and "이월" (carried over) are ordinary words unless a
    // Sino-Korean year came first.
    if (value < 1 || value > 12 || (value <= 2 && !p->sino)) return 0;
    end = pos + len + unit.size();
  }
  if (end != 0) {
    if (!Boundary(end)) return 0;
    p->SetMonth(YearForMonth(value, mod, inherit, p), value);
    p->sino = true;
    return end;
  }
  if (p->level != kLevelNone) return 0;
  int delta = 0;
  bool from_context = false;
  if (mod != Mod::kNone) {
    if ((end = Word(pos, TimexRole::kMonthNoun)) == 0) return 0;
    delta = mod == Mod::kPast ? -1 : mod == Mod::kThis ? 0 : 1;
  } else if (const TimexWord* part = FindWord(TimexKind::kMonthPart, pos)) {
    end = pos + part->text.size();
    p->complete = true;
  } else if (const TimexWord* w = FindWord(TimexKind::kRelativeMonth, pos)) {
    end = pos + w->text.size();
    delta = w->value;
    from_context = w->from_context;
  } else {
    return 0;
  }
  int y = 0;
  int m = 0;
  if (from_context) {
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
  const std::string_view unit = words_.Word(TimexRole::kQuarterUnit);
  std::size_t end = NumberWithUnit(pos, unit, &value, &digits, p);
  if (end == 0 && pos < s_.size() && s_[pos] >= '1' && s_[pos] <= '4') {
    // The older "1·4분기", "1/4분기".
    for (std::string_view sep : {"\u00B7", "\u318D", "\u30FB", "/"}) {
      const std::size_t four = pos + 1 + sep.size();
      if (At(pos + 1, sep) && At(four, "4") && At(four + 1, unit)) {
        value = s_[pos] - '0';
        end = four + 1 + unit.size();
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
    end = Word(pos, unit);  // "지난 분기": the unit is also the noun
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
  const TimexWord* relative = p->level == kLevelNone
                                  ? FindWord(TimexKind::kRelativeQuarter, pos)
                                  : nullptr;
  if (relative != nullptr) {  // "전 분기"
    end = pos + relative->text.size();
    const Date a = Anchor(p);
    int y = a.year;
    int m = a.month;
    AddMonths(&y, &m, 3 * relative->value);
    p->point.granularity = Granularity::kQuarter;
    p->point.year = y;
    p->point.quarter = (m - 1) / 3 + 1;
    p->level = kLevelMonth;
    return end;
  }
  int half = 0;
  if (const TimexWord* w = FindWord(TimexKind::kHalf, pos)) {
    half = w->value;
    end = pos + w->text.size();
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
    end = Word(pos, TimexRole::kWeekNoun);
    if (end == 0 || At(end, TimexRole::kSharePriceSyllable)) return 0;
    d = AddDays(Anchor(p), mod == Mod::kPast ? -7 : mod == Mod::kThis ? 0 : 7);
  } else if (const TimexWord* w = FindWord(TimexKind::kRelativeWeek, pos)) {
    end = pos + w->text.size();
    d = AddDays(w->from_context ? ContextDate(p) : Anchor(p), 7 * w->value);
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
  const std::string_view unit = words_.Word(TimexRole::kDayUnit);
  std::size_t end = NumberWithUnit(pos, unit, &value, &digits, p);
  int syllables = 0;
  if (end == 0 && p->sino && p->level == kLevelMonth) {
    if (std::size_t len =
            ReadSinoNumber(words_, s_, pos, unit, &value, &syllables)) {
      end = pos + len + unit.size();
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
    if (mod != Mod::kNext || (end = Word(pos, TimexRole::kDayNoun)) == 0)
      return 0;
    p->SetDate(AddDays(ContextDate(p), 1));  // "다음 날"
    p->side_day = true;
    return end;
  }
  const TimexWord* w = FindWord(TimexKind::kRelativeDay, pos);
  if (w == nullptr) return 0;
  p->SetDate(AddDays(w->from_context ? ContextDate(p) : Anchor(p), w->value));
  p->side_day = w->from_context && w->value != 0;
  return pos + w->text.size();
}

// "금요일", "지난 금요일", "지난주 금요일", "오는 월요일".
std::size_t Parser::Weekday(std::size_t pos, Mod mod, Partial* p) {
  const TimexWord* day = Find(TimexKind::kWeekday, pos);
  if (day == nullptr) return 0;
  const int weekday = day->value;
  const std::size_t end = pos + day->text.size();
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
  std::string_view before = s_.substr(0, pos);
  if (before.ends_with(' ')) before.remove_suffix(1);
  if (mod == Mod::kNone && before.ends_with(words_.Word(TimexRole::kWeekNoun)))
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
  int hour = -1;
  int minute = 0;
  bool afternoon = false;
  bool has_part = false;
  std::size_t end = 0;
  if ((end = Word(pos, TimexRole::kNoon))) {
    hour = 12;
  } else if ((end = Word(pos, TimexRole::kMidnight)) &&
             (p->level == kLevelDay || (end < s_.size() && s_[end] != ' '))) {
    // "자정 노력" is self-regulation; midnight comes after a date or
    // takes a particle ("자정께", "자정까지").
    hour = 0;
  } else {
    std::size_t t = pos;
    if (const TimexWord* part = Find(TimexKind::kPartOfDay, pos)) {
      afternoon = part->value == 1;
      has_part = true;
      t = SkipSpaces(pos + part->text.size());
    }
    int value = 0;
    const int n = ReadDigits(s_, t, &value);
    std::size_t native = 0;
    if (n == 0 && has_part) native = ReadNativeNumber(words_, s_, t, &value);
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
      if (!At(h, TimexRole::kHourUnit)) return 0;
      hour = value;
      end = h + Size(TimexRole::kHourUnit);
      const std::size_t m = SkipSpaces(end);
      int mm = 0;
      const int nm = ReadDigits(s_, m, &mm);
      const std::size_t minutes_end = m + nm + Size(TimexRole::kMinuteUnit);
      if (nm >= 1 && nm <= 2 && mm <= 59 &&
          At(m + nm, TimexRole::kMinuteUnit) && Boundary(minutes_end)) {
        minute = mm;
        end = minutes_end;
      } else if (std::size_t half = Word(m, TimexRole::kHalfHour)) {
        minute = 30;
        end = half;
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
  if (p->level == kLevelNone) {
    const TimexWord* w = FindWord(TimexKind::kYearPart, pos);
    if (w == nullptr) return 0;
    p->SetYear(Anchor(p).year + (mod == Mod::kPast ? -1 : 0));
    p->complete = true;
    return pos + w->text.size();
  }
  if (mod != Mod::kNone || p->level > kLevelMonth) return 0;
  const TimexWord* w = FindWord(TimexKind::kPeriodPart, pos);
  if (w == nullptr) return 0;
  p->complete = true;
  return pos + w->text.size();
}

}  // namespace newsgraph::extract::ko::timex::internal
