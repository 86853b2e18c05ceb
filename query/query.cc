#include "query/query.h"

#include <deque>
#include <set>

namespace newsgraph::query {
namespace {

using graph::EntityId;
using graph::EntityView;
using graph::EventView;

// The view of an id the graph returned; a placeholder if it went away.
EntityView ViewOf(const graph::KnowledgeGraph& graph, EntityId id) {
  if (std::optional<EntityView> v = graph.Entity(id)) return std::move(*v);
  EntityView placeholder;
  placeholder.id = id;
  placeholder.name = std::string("#").append(std::to_string(id));  // not "#" + ...: g++ 12 warns falsely
  return placeholder;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// "counterpart (title, time)"
std::string RoleText(const graph::KnowledgeGraph& graph, EntityId self, const EventView& ev) {
  const EntityId other = ev.subject == self ? ev.object : ev.subject;
  std::vector<std::string> details;
  for (const auto& [key, value] : ev.attributes) details.push_back(value);
  if (!ev.time.empty()) details.push_back(ev.time);
  return ViewOf(graph, other).name + (details.empty() ? "" : " (" + Join(details, ", ") + ")");
}

}  // namespace

std::optional<Timeline> GetTimeline(const graph::KnowledgeGraph& graph,
                                    const graph::TimelineQuery& query) {
  std::optional<EntityView> entity = graph.Entity(query.entity);
  if (!entity) return std::nullopt;
  Timeline out{std::move(*entity), graph.Timeline(query), {}};
  std::set<EntityId> others;
  for (const EventView& e : out.events) {
    others.insert(e.subject);
    others.insert(e.object);
  }
  others.erase(query.entity);
  for (EntityId id : others) out.counterparts.push_back(ViewOf(graph, id));
  return out;
}

std::vector<Neighbor> Neighbors(const graph::KnowledgeGraph& graph, EntityId entity) {
  std::vector<Neighbor> out;
  for (graph::NeighborView& n : graph.Neighbors(entity)) {
    out.push_back({ViewOf(graph, n.entity), std::move(n.relations), n.event_count,
                   n.evidence_count});
  }
  return out;
}

std::vector<Path> ShortestPaths(const graph::KnowledgeGraph& graph, const graph::PathQuery& query) {
  std::vector<Path> out;
  for (const graph::PathView& p : graph.ShortestPaths(query)) {
    Path path;
    for (EntityId id : p.entities) path.entities.push_back(ViewOf(graph, id));
    for (graph::EventId id : p.events) {
      if (std::optional<EventView> e = graph.Event(id, /*with_evidence=*/false)) {
        path.events.push_back(std::move(*e));
      }
    }
    out.push_back(std::move(path));
  }
  return out;
}

std::optional<EntityCard> DescribeEntity(const graph::KnowledgeGraph& graph, EntityId id) {
  std::optional<EntityView> entity = graph.Entity(id);
  if (!entity) return std::nullopt;
  EntityCard card;
  card.entity = std::move(*entity);
  const std::vector<EventView> events = graph.Timeline({.entity = id, .with_evidence = false});
  for (const EventView& ev : events) {
    if (ev.relation == "role") card.roles.push_back(RoleText(graph, id, ev));
  }
  card.event_count = events.size();
  card.neighbor_count = graph.Neighbors(id).size();
  return card;
}

std::unordered_map<EntityId, int> HopsFrom(EntityId center, const std::vector<EventView>& events,
                                           int max_hops) {
  std::unordered_map<EntityId, std::vector<EntityId>> adjacent;
  for (const EventView& e : events) {
    adjacent[e.subject].push_back(e.object);
    adjacent[e.object].push_back(e.subject);
  }
  std::unordered_map<EntityId, int> hops{{center, 0}};
  std::deque<EntityId> queue{center};
  while (!queue.empty()) {
    const EntityId at = queue.front();
    queue.pop_front();
    const int next_hop = hops[at] + 1;
    if (max_hops >= 0 && next_hop > max_hops) continue;
    for (EntityId next : adjacent[at]) {
      if (hops.emplace(next, next_hop).second) queue.push_back(next);
    }
  }
  return hops;
}

}  // namespace newsgraph::query
