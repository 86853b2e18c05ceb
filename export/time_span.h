// The calendar span of an ISO time value, for time filters and for timeline
// and Gephi intervals: "2024-06" spans 2024-06-01 .. 2024-06-30.
#ifndef NEWSGRAPH_EXPORT_TIME_SPAN_H_
#define NEWSGRAPH_EXPORT_TIME_SPAN_H_

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::exporter {

// First and last day, both inclusive, as "YYYY-MM-DD" (so they compare as
// strings).
struct TimeSpan {
  std::string first;
  std::string last;
};

// Understands the forms of CONTRACT.md section 3: "2025", "2025-02",
// "2025-02-04", "2025-02-04T15:00", "2025-Q1", "2025-H2", "2025-W06" (ISO
// week, Monday to Sunday) and intervals "A/B" (first day of A to last day of
// B). nullopt for "" and for anything else, including impossible dates and
// intervals that end before they start.
std::optional<TimeSpan> ParseTimeSpan(std::string_view value);

// True when the two inclusive spans share at least one day.
bool Overlaps(const TimeSpan& a, const TimeSpan& b);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_TIME_SPAN_H_
