#include "export/filter.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/calendar.h"
#include "core/relation_types.h"
#include "query/query.h"

namespace newsgraph::exporter {
namespace {

using graph::EntityId;
using graph::EventView;
using graph::Subgraph;

// The [from, to] window as a day span; nullopt when no bound is given.
// A bound that does not parse yields an impossible window (keeps nothing).
std::optional<TimeSpan> Window(const ExportFilter& f) {
  if (f.from.empty() && f.to.empty()) return std::nullopt;
  TimeSpan window{"0000-01-01", "9999-12-31"};
  if (!f.from.empty()) {
    const auto span = ParseTimeSpan(f.from);
    window.first = span ? span->first : "~";  // sorts after every date
  }
  if (!f.to.empty()) {
    const auto span = ParseTimeSpan(f.to);
    window.last = span ? span->last : "";
  }
  return window;
}

bool KeepEvent(const EventView& e, const ExportFilter& f, const std::optional<TimeSpan>& window) {
  if (!f.relations.empty() &&
      std::find(f.relations.begin(), f.relations.end(), e.relation) == f.relations.end()) {
    return false;
  }
  if (e.source_count < f.min_sources) return false;
  if (f.no_hedged && !e.stated) return false;
  if (window) {
    const auto span = ParseTimeSpan(e.time);
    if (!span || !Overlaps(*span, *window)) return false;
  }
  return true;
}

}  // namespace

bool ExportFilter::FiltersEvents() const {
  return !from.empty() || !to.empty() || !relations.empty() || min_sources > 0 || no_hedged;
}

Status CheckFilter(const ExportFilter& filter) {
  std::optional<TimeSpan> from, to;
  if (!filter.from.empty() && !(from = ParseTimeSpan(filter.from))) {
    return Status::InvalidInput("--from \"" + filter.from +
                                "\": expected an ISO date such as 2025, 2025-02, 2025-02-04 or 2025-Q1");
  }
  if (!filter.to.empty() && !(to = ParseTimeSpan(filter.to))) {
    return Status::InvalidInput("--to \"" + filter.to +
                                "\": expected an ISO date such as 2025, 2025-02, 2025-02-04 or 2025-Q1");
  }
  if (from && to && from->first > to->last) {
    return Status::InvalidInput("--from " + filter.from + " is after --to " + filter.to +
                                ": the range is empty");
  }
  if (filter.hops < 0) return Status::InvalidInput("--hops must be 0 or more");
  for (const std::string& r : filter.relations) {
    if (newsgraph::FindRelationType(r) == nullptr) {
      return Status::InvalidInput("--relation \"" + r + "\": unknown relation type (known: " +
                                  newsgraph::RelationTypes::Builtin().NameList() + ")");
    }
  }
  return Status::Ok();
}

Subgraph Filter(const Subgraph& graph, const ExportFilter& filter) {
  Subgraph out;
  const auto window = Window(filter);
  for (const EventView& e : graph.events) {
    if (KeepEvent(e, filter, window)) out.events.push_back(e);
  }
  std::unordered_set<EntityId> keep;
  if (filter.center) {
    const bool present = std::any_of(graph.entities.begin(), graph.entities.end(),
                                     [&](const auto& v) { return v.id == *filter.center; });
    if (!present) return {};
    for (const auto& [id, hops] : query::HopsFrom(*filter.center, out.events, filter.hops)) {
      keep.insert(id);
    }
    std::erase_if(out.events, [&](const EventView& e) {
      return !keep.contains(e.subject) || !keep.contains(e.object);
    });
  }
  // Which entities stay: reached ones (with a center), else all of them;
  // after event filtering, only those that still have an event.
  std::unordered_set<EntityId> with_event;
  for (const EventView& e : out.events) {
    with_event.insert(e.subject);
    with_event.insert(e.object);
  }
  for (const graph::EntityView& v : graph.entities) {
    const bool is_center = filter.center && v.id == *filter.center;
    if (filter.center && !keep.contains(v.id)) continue;
    if (filter.FiltersEvents() && !with_event.contains(v.id) && !is_center) continue;
    out.entities.push_back(v);
  }
  // Events whose endpoints are not in the input's entity list are dropped:
  // every edge of the output has both ends among its entities.
  std::unordered_set<EntityId> present;
  for (const auto& v : out.entities) present.insert(v.id);
  std::erase_if(out.events, [&](const EventView& e) {
    return !present.contains(e.subject) || !present.contains(e.object);
  });
  return out;
}

}  // namespace newsgraph::exporter
