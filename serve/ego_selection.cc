#include "serve/ego_selection.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace newsgraph::serve {
namespace {

using Adjacency = std::unordered_map<graph::EntityId, std::vector<graph::EntityId>>;

std::map<graph::EntityId, int> HopsFrom(graph::EntityId center, const Adjacency& adjacency) {
  std::map<graph::EntityId, int> hops{{center, 0}};
  std::deque<graph::EntityId> queue{center};
  while (!queue.empty()) {
    graph::EntityId at = queue.front();
    queue.pop_front();
    auto it = adjacency.find(at);
    if (it == adjacency.end()) continue;
    for (graph::EntityId next : it->second) {
      if (hops.emplace(next, hops[at] + 1).second) queue.push_back(next);
    }
  }
  return hops;
}

}  // namespace

EgoSelection SelectEgo(graph::Subgraph subgraph, graph::EntityId center, std::size_t max_nodes) {
  EgoSelection out;
  out.total_entities = subgraph.entities.size();
  out.total_events = subgraph.events.size();
  Adjacency adjacency;
  std::unordered_map<graph::EntityId, int> degree;
  for (const graph::EventView& e : subgraph.events) {
    adjacency[e.subject].push_back(e.object);
    adjacency[e.object].push_back(e.subject);
    ++degree[e.subject];
    ++degree[e.object];
  }
  std::map<graph::EntityId, int> hops = HopsFrom(center, adjacency);
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
