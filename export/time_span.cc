#include "export/time_span.h"

#include <cstdio>

namespace newsgraph::exporter {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly `width` digits at s[pos]; -1 when they are not all digits.
int Digits(std::string_view s, std::size_t pos, std::size_t width) {
  if (s.size() < pos + width) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::string Day(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Days since 1970-01-01 and back (H. Hinnant's civil calendar algorithms);
// only ISO weeks need them.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Day(static_cast<int>(yoe + era * 400 + (m <= 2)), m, d);
}

// The Monday of ISO week 1 of year `y`: the week that holds January 4th.
long IsoWeekOneMonday(int y) {
  const long jan4 = DaysFromCivil(y, 1, 4);
  const long weekday = ((jan4 % 7) + 10) % 7;  // 0 = Monday; day 0 was a Thursday
  return jan4 - weekday;
}

std::optional<TimeSpan> IsoWeek(int y, int w) {
  const long week1 = IsoWeekOneMonday(y);
  const long weeks = (IsoWeekOneMonday(y + 1) - week1) / 7;  // 52 or 53
  if (w < 1 || w > weeks) return std::nullopt;
  const long monday = week1 + 7L * (w - 1);
  return TimeSpan{CivilFromDays(monday), CivilFromDays(monday + 6)};
}

std::optional<TimeSpan> ParseSingle(std::string_view v) {
  const int y = Digits(v, 0, 4);
  if (y < 0) return std::nullopt;
  if (v.size() == 4) return TimeSpan{Day(y, 1, 1), Day(y, 12, 31)};
  if (v.size() < 7 || v[4] != '-') return std::nullopt;
  if (v[5] == 'Q' || v[5] == 'H') {
    const int n = Digits(v, 6, 1);
    if (v.size() != 7) return std::nullopt;
    if (v[5] == 'Q' && n >= 1 && n <= 4) {
      const int last = n * 3;
      return TimeSpan{Day(y, last - 2, 1), Day(y, last, DaysInMonth(y, last))};
    }
    if (v[5] == 'H' && (n == 1 || n == 2)) {
      return n == 1 ? TimeSpan{Day(y, 1, 1), Day(y, 6, 30)} : TimeSpan{Day(y, 7, 1), Day(y, 12, 31)};
    }
    return std::nullopt;
  }
  if (v[5] == 'W') {
    const int w = Digits(v, 6, 2);
    if (v.size() != 8 || w < 0) return std::nullopt;
    return IsoWeek(y, w);
  }
  const int m = Digits(v, 5, 2);
  if (m < 1 || m > 12) return std::nullopt;
  if (v.size() == 7) return TimeSpan{Day(y, m, 1), Day(y, m, DaysInMonth(y, m))};
  if (v.size() < 10 || v[7] != '-') return std::nullopt;
  const int d = Digits(v, 8, 2);
  if (d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  // A clock time ("T15:00") narrows nothing at day granularity.
  if (v.size() > 10 && v[10] != 'T') return std::nullopt;
  return TimeSpan{Day(y, m, d), Day(y, m, d)};
}

}  // namespace

std::optional<TimeSpan> ParseTimeSpan(std::string_view value) {
  const std::size_t slash = value.find('/');
  if (slash == std::string_view::npos) return ParseSingle(value);
  const auto a = ParseSingle(value.substr(0, slash));
  const auto b = ParseSingle(value.substr(slash + 1));
  if (!a || !b || b->last < a->first) return std::nullopt;
  return TimeSpan{a->first, b->last};
}

bool Overlaps(const TimeSpan& a, const TimeSpan& b) {
  return a.first <= b.last && b.first <= a.last;
}

}  // namespace newsgraph::exporter
