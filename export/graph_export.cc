#include "export/graph_export.h"

#include <algorithm>

#include "export/json_export.h"
#include "export/subgraph_index.h"
#include "query/query.h"

namespace newsgraph::exporter {
namespace {

using graph::EntityId;
using graph::Subgraph;

graph::TimeFilter Time(const ExportFilter& filter) { return {filter.from, filter.to}; }

// The entity and its events as a Subgraph (with every counterpart), so the
// shared Filter applies to timelines too.
Subgraph TimelineSubgraph(const graph::KnowledgeGraph& graph, EntityId center,
                          const ExportFilter& filter) {
  graph::TimelineQuery timeline_query;
  timeline_query.entity = center;
  timeline_query.relations = filter.relations;
  timeline_query.time = Time(filter);
  timeline_query.with_evidence = true;
  std::optional<query::Timeline> timeline = query::GetTimeline(graph, timeline_query);
  if (!timeline) return {};
  Subgraph sub;
  sub.events = std::move(timeline->events);
  sub.entities = std::move(timeline->counterparts);
  const auto at = std::lower_bound(
      sub.entities.begin(), sub.entities.end(), center,
      [](const graph::EntityView& v, EntityId id) { return v.id < id; });
  sub.entities.insert(at, std::move(timeline->entity));  // kept sorted by id
  return sub;
}

Subgraph QuerySubgraph(const graph::KnowledgeGraph& graph, const GraphExportRequest& request,
                       const ExportFilter& filter) {
  const bool evidence = NeedsEvidence(request.format);
  if (filter.center) {
    graph::EgoQuery query;
    query.center = *filter.center;
    query.hops = filter.hops;
    query.relations = filter.relations;
    query.time = Time(filter);
    query.with_evidence = evidence;
    return graph.Ego(query);
  }
  graph::SubgraphOptions options;
  options.relations = filter.relations;
  options.time = Time(filter);
  options.with_evidence = evidence;
  return graph.Whole(options);
}

Status ExportTimeline(const graph::KnowledgeGraph& graph, const ExportFilter& filter,
                      GraphExportResult* result) {
  ExportFilter one_hop = filter;
  one_hop.hops = 1;
  const Subgraph sub = Filter(TimelineSubgraph(graph, *filter.center, filter), one_hop);
  const auto center = graph.Entity(*filter.center);
  if (!center) return Status::NotFound("entity " + std::to_string(*filter.center) + " is gone");
  result->files = {{"", ToTimelineJson(*center, sub.events, sub.entities)}};
  result->entities = sub.entities.size();
  result->events = sub.events.size();
  return Status::Ok();
}

}  // namespace

Status ExportFromGraph(const graph::KnowledgeGraph& graph, const GraphExportRequest& request,
                       GraphExportResult* result) {
  const ExportFilter& filter = request.filter;
  const Status status = CheckFilter(filter);
  if (!status.ok()) return status;
  if (filter.center && !graph.Entity(*filter.center)) {
    return Status::NotFound("no entity #" + std::to_string(*filter.center));
  }
  if (request.format == ExportFormat::kTimeline) {
    if (!filter.center) return Status::InvalidInput("a timeline needs --center ENTITY");
    return ExportTimeline(graph, filter, result);
  }
  const Subgraph sub = Filter(QuerySubgraph(graph, request, filter), filter);
  result->entities = sub.entities.size();
  result->events = sub.events.size();
  if (request.format == ExportFormat::kSvg || request.format == ExportFormat::kPng ||
      request.format == ExportFormat::kPdf) {
    result->layout =
        request.render.layout.empty() ? ChooseLayout(sub.entities.size()) : request.render.layout;
  }
  return ExportSubgraph(sub, request.format, request.render, &result->files);
}

}  // namespace newsgraph::exporter
