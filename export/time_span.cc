#include "export/time_span.h"

#include "graph/knowledge_graph.h"

namespace newsgraph::exporter {

// One calendar for the project: the graph's, which query time filters use
// too, so an export filter and a query filter always agree.
std::optional<TimeSpan> ParseTimeSpan(std::string_view value) {
  const auto range = graph::TimeRange(value);
  if (!range) return std::nullopt;
  return TimeSpan{range->first, range->second};
}

bool Overlaps(const TimeSpan& a, const TimeSpan& b) {
  return a.first <= b.last && b.first <= a.last;
}

}  // namespace newsgraph::exporter
