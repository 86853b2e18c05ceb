// The filters every export format shares (--center/--hops, --from/--to,
// --relation, --min-sources, --no-hedged), applied to a plain Subgraph.
#ifndef NEWSGRAPH_EXPORT_FILTER_H_
#define NEWSGRAPH_EXPORT_FILTER_H_

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "graph/graph_view.h"

namespace newsgraph::exporter {

struct ExportFilter {
  std::optional<graph::EntityId> center;  // keep only its ego network
  int hops = 1;                           // with center: 0 = the entity alone
  std::string from;                       // ISO value; "" = open
  std::string to;                         // ISO value; "" = open
  std::vector<std::string> relations;     // empty = every relation type
  int min_sources = 0;                    // events with fewer sources go
  bool no_hedged = false;                 // drop events no source states as fact

  // True when some filter drops events (a bare center/hops does not).
  bool FiltersEvents() const;
};

// InvalidInput, naming the option, when from or to is not an ISO value that
// ParseTimeSpan (core/calendar.h) understands, when from begins after to
// ends (an empty range), when hops < 0, or when a relation is not in the
// inventory (data/relation_types.tsv).
Status CheckFilter(const ExportFilter& filter);

// Applies `filter` to `graph`; call CheckFilter first (an unparsable time
// bound keeps no event).
//  * An event stays when its relation is listed (or none is), it has at
//    least min_sources sources, it is stated (with no_hedged), and its time
//    span overlaps [from, to] (day spans of the ISO values: "--from 2024
//    --to 2024-06" is 2024-01-01..2024-06-30). With a time bound, undated
//    events go.
//  * With a center, entities farther than `hops` from it through the kept
//    events go, and so do events that touch them. A center missing from
//    `graph` gives an empty Subgraph.
//  * When events are filtered (FiltersEvents()), entities left without any
//    event go too, except the center: a filtered whole graph has no
//    scattered isolated nodes.
// The result keeps the input's order (entities and events sorted by id).
graph::Subgraph Filter(const graph::Subgraph& graph, const ExportFilter& filter);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_FILTER_H_
