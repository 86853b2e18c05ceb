#include "core/calendar.h"

#include <cstdio>

namespace newsgraph {

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::int64_t DaysFromCivil(Date d) {
  const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (d.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe =
      (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

Date AddDays(Date d, int days) {
  return CivilFromDays(DaysFromCivil(d) + days);
}

void AddMonths(int* year, int* month, int delta) {
  int index = *year * 12 + (*month - 1) + delta;
  *year = index / 12;
  *month = index % 12 + 1;
}

int IsoWeekday(Date d) {
  // 1970-01-01 was a Thursday (4).
  const std::int64_t days = DaysFromCivil(d);
  const std::int64_t wd = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(wd) + 1;
}

Date IsoWeekMonday(int iso_year, int week) {
  // January 4th is always in week 1.
  const Date jan4{iso_year, 1, 4};
  const Date week1 = AddDays(jan4, 1 - IsoWeekday(jan4));
  return AddDays(week1, (week - 1) * 7);
}

void IsoWeek(Date d, int* iso_year, int* week) {
  // The week belongs to the year that holds its Thursday.
  const Date thursday = AddDays(d, 4 - IsoWeekday(d));
  *iso_year = thursday.year;
  const std::int64_t first = DaysFromCivil(IsoWeekMonday(thursday.year, 1));
  *week = static_cast<int>((DaysFromCivil(d) - first) / 7) + 1;
}

TimePoint TimePoint::OfYear(int year) {
  TimePoint p;
  p.granularity = Granularity::kYear;
  p.year = year;
  return p;
}

TimePoint TimePoint::OfMonth(int year, int month) {
  TimePoint p = OfYear(year);
  p.granularity = Granularity::kMonth;
  p.month = month;
  return p;
}

TimePoint TimePoint::OfDate(Date d) {
  TimePoint p = OfMonth(d.year, d.month);
  p.granularity = Granularity::kDay;
  p.day = d.day;
  return p;
}

std::string FormatIso(const TimePoint& p) {
  char buf[32];
  switch (p.granularity) {
    case Granularity::kNone:
      return "";
    case Granularity::kYear:
      std::snprintf(buf, sizeof buf, "%04d", p.year);
      break;
    case Granularity::kHalf:
      std::snprintf(buf, sizeof buf, "%04d-H%d", p.year, p.half);
      break;
    case Granularity::kQuarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%d", p.year, p.quarter);
      break;
    case Granularity::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", p.year, p.month);
      break;
    case Granularity::kWeek:
      std::snprintf(buf, sizeof buf, "%04d-W%02d", p.year, p.week);
      break;
    case Granularity::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.year, p.month, p.day);
      break;
    case Granularity::kMinute:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", p.year,
                    p.month, p.day, p.hour, p.minute);
      break;
  }
  return buf;
}

namespace {

// Reads exactly `n` digits at s[*pos].
bool ReadFixed(std::string_view s, std::size_t* pos, int n, int* value) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

bool Expect(std::string_view s, std::size_t* pos, char c) {
  if (*pos >= s.size() || s[*pos] != c) return false;
  ++*pos;
  return true;
}

}  // namespace

std::optional<TimePoint> ParseIso(std::string_view s) {
  TimePoint p;
  std::size_t pos = 0;
  if (!ReadFixed(s, &pos, 4, &p.year)) return std::nullopt;
  p.granularity = Granularity::kYear;
  if (pos == s.size()) return p;
  if (!Expect(s, &pos, '-') || pos >= s.size()) return std::nullopt;
  const char tag = s[pos];
  if (tag == 'H' || tag == 'Q' || tag == 'W') {
    ++pos;
    int n = 0;
    if (!ReadFixed(s, &pos, tag == 'W' ? 2 : 1, &n) || pos != s.size())
      return std::nullopt;
    const int max = tag == 'H' ? 2 : tag == 'Q' ? 4 : 53;
    if (n < 1 || n > max) return std::nullopt;
    p.granularity = tag == 'H'   ? Granularity::kHalf
                    : tag == 'Q' ? Granularity::kQuarter
                                 : Granularity::kWeek;
    (tag == 'H' ? p.half : tag == 'Q' ? p.quarter : p.week) = n;
    return p;
  }
  if (!ReadFixed(s, &pos, 2, &p.month) || p.month < 1 || p.month > 12)
    return std::nullopt;
  p.granularity = Granularity::kMonth;
  if (pos == s.size()) return p;
  if (!Expect(s, &pos, '-') || !ReadFixed(s, &pos, 2, &p.day) ||
      !IsValidDate(p.year, p.month, p.day)) {
    return std::nullopt;
  }
  p.granularity = Granularity::kDay;
  if (pos == s.size()) return p;
  if (!Expect(s, &pos, 'T') || !ReadFixed(s, &pos, 2, &p.hour) ||
      !Expect(s, &pos, ':') || !ReadFixed(s, &pos, 2, &p.minute) ||
      pos != s.size() || p.hour > 24 || p.minute > 59) {
    return std::nullopt;
  }
  p.granularity = Granularity::kMinute;
  return p;
}

namespace {

std::string FormatDay(Date d) { return FormatIso(TimePoint::OfDate(d)); }

// The first and last month of a year, half, quarter or month.
void MonthRange(const TimePoint& p, int* first, int* last) {
  switch (p.granularity) {
    case Granularity::kHalf:
      *first = 6 * p.half - 5;
      *last = 6 * p.half;
      return;
    case Granularity::kQuarter:
      *first = 3 * p.quarter - 2;
      *last = 3 * p.quarter;
      return;
    case Granularity::kMonth:
      *first = *last = p.month;
      return;
    default:
      *first = 1;
      *last = 12;
      return;
  }
}

std::optional<TimeSpan> SpanOfPoint(const TimePoint& p) {
  if (p.HasDate()) return TimeSpan{FormatDay(p.date()), FormatDay(p.date())};
  if (p.granularity == Granularity::kWeek) {
    const Date monday = IsoWeekMonday(p.year, p.week);
    // ParseIso takes any week up to 53; only some ISO years have a 53rd.
    int iso_year = 0, week = 0;
    IsoWeek(monday, &iso_year, &week);
    if (iso_year != p.year) return std::nullopt;
    return TimeSpan{FormatDay(monday), FormatDay(AddDays(monday, 6))};
  }
  int first = 0, last = 0;
  MonthRange(p, &first, &last);
  return TimeSpan{FormatDay(Date{p.year, first, 1}),
                  FormatDay(Date{p.year, last, DaysInMonth(p.year, last)})};
}

std::optional<TimeSpan> SpanOfValue(std::string_view value) {
  const std::optional<TimePoint> p = ParseIso(value);
  if (!p) return std::nullopt;
  return SpanOfPoint(*p);
}

}  // namespace

std::optional<TimeSpan> ParseTimeSpan(std::string_view value) {
  const std::size_t slash = value.find('/');
  if (slash == std::string_view::npos) return SpanOfValue(value);
  const auto a = SpanOfValue(value.substr(0, slash));
  const auto b = SpanOfValue(value.substr(slash + 1));
  if (!a || !b || b->last < a->first) return std::nullopt;
  return TimeSpan{a->first, b->last};
}

bool Overlaps(const TimeSpan& a, const TimeSpan& b) {
  return a.first <= b.last && b.first <= a.last;
}

}  // namespace newsgraph
