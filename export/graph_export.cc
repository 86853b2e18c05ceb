#include "export/graph_export.h"

#include <algorithm>
#include <set>

#include "export/json_export.h"
#include "export/subgraph_index.h"

namespace newsgraph::exporter {
namespace {

using graph::EntityId;
using graph::Subgraph;

bool AllDigits(std::string_view s) {
  return !s.empty() && s.size() < 19 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

graph::TimeFilter Time(const ExportFilter& filter) { return {filter.from, filter.to}; }

// The entity and its events as a Subgraph (with every counterpart), so the
// shared Filter applies to timelines too.
Subgraph TimelineSubgraph(const graph::KnowledgeGraph& graph, EntityId center,
                          const ExportFilter& filter) {
  graph::TimelineQuery query;
  query.entity = center;
  query.relations = filter.relations;
  query.time = Time(filter);
  query.with_evidence = true;
  Subgraph sub;
  sub.events = graph.Timeline(query);
  std::set<EntityId> ids = {center};
  for (const auto& e : sub.events) {
    ids.insert(e.subject);
    ids.insert(e.object);
  }
  for (EntityId id : ids) {
    if (auto v = graph.Entity(id)) sub.entities.push_back(std::move(*v));
  }
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

// "#12" or "12" as an id, when the entity exists.
std::optional<EntityId> IdIn(const graph::KnowledgeGraph& graph, std::string_view text) {
  if (!AllDigits(text)) return std::nullopt;
  const EntityId id = std::stoll(std::string(text));
  return graph.Entity(id) ? std::optional<EntityId>(id) : std::nullopt;
}

}  // namespace

Status ResolveEntity(const graph::KnowledgeGraph& graph, std::string_view name_or_id,
                     EntityId* id) {
  if (name_or_id.size() > 1 && name_or_id[0] == '#') {
    const auto found = IdIn(graph, name_or_id.substr(1));
    if (!found) return Status::NotFound("no entity " + std::string(name_or_id));
    *id = *found;
    return Status::Ok();
  }
  const std::vector<EntityId> matches = graph.FindEntities(name_or_id);
  if (matches.size() == 1) {
    *id = matches.front();
    return Status::Ok();
  }
  if (matches.empty()) {
    if (const auto found = IdIn(graph, name_or_id)) {
      *id = *found;
      return Status::Ok();
    }
    return Status::NotFound("no entity is named \"" + std::string(name_or_id) + "\"");
  }
  std::string list;
  for (EntityId match : matches) {
    const auto v = graph.Entity(match);
    if (!list.empty()) list += ", ";
    list += PrefixedId('#', match);
    if (v) list += " " + v->name + " (" + std::string(newsgraph::EntityTypeName(v->type)) + ")";
  }
  std::string message = "\"";
  message.append(name_or_id).append("\" names ").append(std::to_string(matches.size()));
  return Status::InvalidInput(message + " entities: " + list + "; pass the id instead");
}

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
