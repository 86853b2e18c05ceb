// Calendar arithmetic and the ISO forms of time values (CONTRACT.md section 3)
// used by the time-expression layer (extract/timex.h), and the calendar span
// of an ISO value that time filters, timelines and exports compare. The
// project's only calendar: proleptic Gregorian, ISO 8601 weeks (Monday first;
// week 1 holds the year's first Thursday).
#ifndef NEWSGRAPH_CORE_CALENDAR_H_
#define NEWSGRAPH_CORE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);
// Days since 1970-01-01 and back (H. Hinnant's algorithm).
std::int64_t DaysFromCivil(Date d);
Date CivilFromDays(std::int64_t days);
Date AddDays(Date d, int days);
// Moves (*year, *month) by `delta` months.
void AddMonths(int* year, int* month, int delta);
int IsoWeekday(Date d);  // 1 = Monday ... 7 = Sunday
void IsoWeek(Date d, int* iso_year, int* week);
Date IsoWeekMonday(int iso_year, int week);

// How fine a value is; the ISO form follows from it.
enum class Granularity {
  kNone,
  kYear,
  kHalf,
  kQuarter,
  kMonth,
  kWeek,
  kDay,
  kMinute
};

// One point in time at some granularity. Fields finer than the granularity
// are meaningless; for kWeek, `year` is the ISO week-numbering year.
struct TimePoint {
  Granularity granularity = Granularity::kNone;
  int year = 0;
  int half = 0;     // 1..2
  int quarter = 0;  // 1..4
  int month = 0;
  int week = 0;  // ISO week 1..53
  int day = 0;
  int hour = 0;
  int minute = 0;

  bool HasDate() const {
    return granularity == Granularity::kDay ||
           granularity == Granularity::kMinute;
  }
  Date date() const { return Date{year, month, day}; }
  static TimePoint OfYear(int year);
  static TimePoint OfMonth(int year, int month);
  static TimePoint OfDate(Date d);
};

// "2025", "2025-H1", "2025-Q1", "2025-02", "2025-W06", "2025-02-04",
// "2025-02-04T15:00"; "" for kNone.
std::string FormatIso(const TimePoint& p);
// The inverse of FormatIso for one value (not an interval); nullopt when `s`
// is not one of those forms or names an impossible date.
std::optional<TimePoint> ParseIso(std::string_view s);

// The calendar span of an ISO value: first and last day, both inclusive, as
// "YYYY-MM-DD" (so spans compare as strings). "2024-06" spans 2024-06-01 ..
// 2024-06-30.
struct TimeSpan {
  std::string first;
  std::string last;
  bool operator==(const TimeSpan&) const = default;
};

// The span of one value ParseIso understands ("2025", "2025-H2", "2025-Q1",
// "2025-02", "2025-W06" (ISO week, Monday to Sunday), "2025-02-04",
// "2025-02-04T15:00") or of an interval "A/B" of two of them (first day of A
// to last day of B). nullopt for "" and for anything else, including
// impossible dates, a week 53 the ISO year does not have, and intervals that
// end before they start.
std::optional<TimeSpan> ParseTimeSpan(std::string_view value);

// True when the two inclusive spans share at least one day.
bool Overlaps(const TimeSpan& a, const TimeSpan& b);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_CALENDAR_H_
