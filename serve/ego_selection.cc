#include "serve/ego_selection.h"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "query/query.h"

namespace newsgraph::serve {

EgoSelection SelectEgo(graph::Subgraph subgraph, graph::EntityId center, std::size_t max_nodes) {
  EgoSelection out;
  out.total_entities = subgraph.entities.size();
  out.total_events = subgraph.events.size();
  std::unordered_map<graph::EntityId, int> degree;
  for (const graph::EventView& e : subgraph.events) {
    ++degree[e.subject];
    ++degree[e.object];
  }
  const std::unordered_map<graph::EntityId, int> hops = query::HopsFrom(center, subgraph.events);
  constexpr int kFar = std::numeric_limits<int>::max();
  auto hop_of = [&](graph::EntityId id) {
    auto it = hops.find(id);
    return it == hops.end() ? kFar : it->second;
  };
  if (subgraph.entities.size() > max_nodes) {
    out.truncated = true;
    std::vector<graph::EntityView> ranked = std::move(subgraph.entities);
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
      return std::make_tuple(hop_of(a.id), -degree[a.id], a.id) <
             std::make_tuple(hop_of(b.id), -degree[b.id], b.id);
    });
    ranked.resize(max_nodes);
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    subgraph.entities = std::move(ranked);
    std::set<graph::EntityId> kept;
    for (const auto& entity : subgraph.entities) kept.insert(entity.id);
    std::erase_if(subgraph.events, [&](const graph::EventView& e) {
      return !kept.count(e.subject) || !kept.count(e.object);
    });
  }
  for (const graph::EventView& e : subgraph.events) {
    ++out.degree[e.subject];
    ++out.degree[e.object];
  }
  for (const auto& entity : subgraph.entities) {
    out.hops[entity.id] = hop_of(entity.id) == kFar ? -1 : hop_of(entity.id);
  }
  out.subgraph = std::move(subgraph);
  return out;
}

}  // namespace newsgraph::serve
