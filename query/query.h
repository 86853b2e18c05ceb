// The questions the CLI, serve and export ask of a loaded KnowledgeGraph,
// answered with plain views that carry the entities they mention, so that a
// front end only formats. The searches are the graph's own
// (KnowledgeGraph::Timeline, Neighbors, ShortestPaths, Ego); HopsFrom is the
// one breadth-first search over a Subgraph that was cut down further (export
// filters, serve's drawing cap), which the graph cannot see.
//
// Ids passed in must name live entities (Resolve them first, query/resolve.h);
// an unknown id gives an empty answer, never an error.
#ifndef NEWSGRAPH_QUERY_QUERY_H_
#define NEWSGRAPH_QUERY_QUERY_H_

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::query {

// An entity's events in the graph's timeline order (range start, end, id;
// undated last) and every counterpart they name.
struct Timeline {
  graph::EntityView entity;
  std::vector<graph::EventView> events;
  std::vector<graph::EntityView> counterparts;  // sorted by id, without `entity`
};

// nullopt when query.entity is unknown.
std::optional<Timeline> GetTimeline(const graph::KnowledgeGraph& graph,
                                    const graph::TimelineQuery& query);

// One counterpart and how it is connected (graph::NeighborView with the
// counterpart's view).
struct Neighbor {
  graph::EntityView entity;
  std::map<std::string, int> relations;  // relation name -> events
  int event_count = 0;
  int evidence_count = 0;
};

// Counterparts by event count (descending), then id.
std::vector<Neighbor> Neighbors(const graph::KnowledgeGraph& graph, graph::EntityId entity);

// A chain of entities; events[i] joins entities[i] and entities[i + 1].
// Events carry no evidence.
struct Path {
  std::vector<graph::EntityView> entities;
  std::vector<graph::EventView> events;
};

std::vector<Path> ShortestPaths(const graph::KnowledgeGraph& graph,
                                const graph::PathQuery& query);

// What a lookup shows of an entity.
struct EntityCard {
  graph::EntityView entity;
  // Its `role` events as "counterpart (title, time)", in timeline order.
  std::vector<std::string> roles;
  std::size_t event_count = 0;
  std::size_t neighbor_count = 0;
};

// nullopt when the id is unknown.
std::optional<EntityCard> DescribeEntity(const graph::KnowledgeGraph& graph, graph::EntityId id);

// Breadth-first distances from `center` over `events` (undirected), at most
// `max_hops` steps (-1: no limit). The center is at 0; entities not reached
// are absent.
std::unordered_map<graph::EntityId, int> HopsFrom(graph::EntityId center,
                                                  const std::vector<graph::EventView>& events,
                                                  int max_hops = -1);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_QUERY_H_
