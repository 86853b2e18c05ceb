// Cutting an ego network down to a size a page can draw: the entities
// closest to the center (fewest hops, then most events inside the network)
// are kept, and the events among them.
#ifndef NEWSGRAPH_SERVE_EGO_SELECTION_H_
#define NEWSGRAPH_SERVE_EGO_SELECTION_H_

#include <cstddef>
#include <map>

#include "graph/graph_view.h"

namespace newsgraph::serve {

struct EgoSelection {
  graph::Subgraph subgraph;                // what is kept, sorted by id
  std::map<graph::EntityId, int> hops;     // distance from the center
  std::map<graph::EntityId, int> degree;   // events inside the kept network
  std::size_t total_entities = 0;          // before cutting
  std::size_t total_events = 0;
  bool truncated = false;
};

// Keeps at most max_nodes entities (the center always, when present).
EgoSelection SelectEgo(graph::Subgraph subgraph, graph::EntityId center, std::size_t max_nodes);

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_EGO_SELECTION_H_
