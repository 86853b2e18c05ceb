#include "serve/api.h"

#include <algorithm>
#include <exception>
#include <new>
#include <set>
#include <utility>
#include <vector>

#include "core/extraction.h"
#include "core/relation_types.h"
#include "core/utf8.h"
#include "query/resolve.h"
#include "serve/ego_selection.h"
#include "serve/graph_index.h"
#include "serve/json_out.h"
#include "serve/params.h"
#include "serve/render.h"

namespace newsgraph::serve {
namespace {

Response Json(std::string body) {
  Response response;
  response.body = std::move(body);
  return response;
}

// The slice [offset, offset + limit) of a list.
struct Page {
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::size_t Begin(std::size_t total) const { return std::min(offset, total); }
  std::size_t End(std::size_t total) const { return std::min(total, Begin(total) + limit); }
};

Page ReadPage(const ParamReader& params, const ApiLimits& limits) {
  Page page;
  page.limit = static_cast<std::size_t>(params.Integer(
      "limit", static_cast<std::int64_t>(limits.default_limit), 1,
      static_cast<std::int64_t>(limits.max_limit)));
  page.offset = static_cast<std::size_t>(
      params.Integer("offset", 0, 0, static_cast<std::int64_t>(limits.max_offset)));
  return page;
}

void WritePage(JsonOut& out, const Page& page, std::size_t total) {
  out.Member("total", total).Member("offset", page.offset).Member("limit", page.limit);
}

// An entity given by numeric id or by any of its names (query::Resolve; a
// number is an id first: the page sends ids). Throws ApiError: 400 when
// ambiguous, 404 when unknown.
graph::EntityId ResolveEntity(const graph::KnowledgeGraph& graph, std::string_view name,
                              const std::string& ref) {
  const query::Resolution found = query::Resolve(graph, ref, {.number_is_id_first = true});
  if (found.found()) return found.id();
  if (!found.ambiguous()) {
    throw ApiError{404, "no entity with id or name \"" + ref.substr(0, 100) + "\"",
                   std::string(name)};
  }
  std::string ids;
  for (graph::EntityId id : found.matches) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
  throw ApiError{400, "the name \"" + ref + "\" is ambiguous (entities " + ids + "): give an id",
                 std::string(name)};
}

}  // namespace

Response ErrorResponse(int status, std::string_view message, std::string_view parameter) {
  JsonOut out;
  out.BeginObject().Member("error", message);
  if (!parameter.empty()) out.Member("parameter", parameter);
  out.Member("status", status).EndObject();
  Response response;
  response.status = status;
  response.body = out.Take();
  return response;
}

Api::Api(const graph::KnowledgeGraph& graph, ApiLimits limits)
    : graph_(graph), limits_(limits), index_(std::make_unique<GraphIndex>(graph)) {}

Api::~Api() = default;

Response Api::Handle(std::string_view path, const Params& params) const {
  try {
    if (path == "/api/health") return Health(params);
    if (path == "/api/stats") return Stats(params);
    if (path == "/api/relation-types") return RelationTypeList(params);
    if (path == "/api/entities") return Entities(params);
    constexpr std::string_view kEntityPrefix = "/api/entities/";
    if (path.substr(0, kEntityPrefix.size()) == kEntityPrefix) {
      return EntityDetail(path.substr(kEntityPrefix.size()), params);
    }
    if (path == "/api/timeline") return Timeline(params);
    if (path == "/api/neighbors") return Neighbors(params);
    if (path == "/api/path") return Path(params);
    if (path == "/api/graph") return Graph(params, "json");
    if (path == "/api/graph.dot") return Graph(params, "dot");
    if (path == "/api/graph.svg") return Graph(params, "svg");
    if (path == "/api/evidence") return Evidence(params);
    return ErrorResponse(404, "no such endpoint");
  } catch (const ApiError& e) {
    return ErrorResponse(e.status, e.message, e.parameter);
  } catch (const std::bad_alloc&) {
    return ErrorResponse(503, "out of memory answering this request: ask for less");
  } catch (const std::exception& e) {
    return ErrorResponse(500, std::string("internal error: ") + e.what());
  }
}

Response Api::Health(const Params& params) const {
  ParamReader reader(params, {}, limits_.max_param_bytes);
  JsonOut out;
  out.BeginObject()
      .Member("status", "ok")
      .Member("entities", graph_.entity_count())
      .Member("events", graph_.event_count())
      .Member("documents", graph_.document_count())
      .EndObject();
  return Json(out.Take());
}

// The page draws each relation in the colour DOT exports use: both read the
// inventory (data/relation_types.tsv).
Response Api::RelationTypeList(const Params& params) const {
  ParamReader reader(params, {}, limits_.max_param_bytes);
  JsonOut out;
  out.BeginObject().Key("relation_types").BeginArray();
  for (const newsgraph::RelationTypeInfo& type : newsgraph::RelationTypes::Builtin().all()) {
    out.BeginObject()
        .Member("name", type.name)
        .Member("symmetric", type.symmetric)
        .Member("color", type.color)
        .Member("description", type.description)
        .EndObject();
  }
  out.EndArray().EndObject();
  return Json(out.Take());
}

Response Api::Stats(const Params& params) const {
  ParamReader reader(params, {}, limits_.max_param_bytes);
  graph::GraphStats stats = graph_.Stats();
  JsonOut out;
  out.BeginObject()
      .Member("entities", stats.entities)
      .Member("events", stats.events)
      .Member("evidence", stats.evidence)
      .Member("documents", stats.documents)
      .Member("sources", stats.sources)
      .Member("undated_events", stats.undated_events)
      .Member("hedged_only_events", stats.hedged_only_events)
      .Member("memory_bytes", stats.memory_bytes);
  out.Key("events_by_relation").BeginObject();
  for (const auto& [name, count] : stats.events_by_relation) out.Member(name, count);
  out.EndObject().Key("entities_by_type").BeginObject();
  for (const auto& [name, count] : stats.entities_by_type) out.Member(name, count);
  out.EndObject().EndObject();
  return Json(out.Take());
}

Response Api::Entities(const Params& params) const {
  ParamReader reader(params, {"q", "type", "limit", "offset"}, limits_.max_param_bytes);
  std::string type = reader.Get("type").value_or("");
  if (!type.empty() && !newsgraph::ParseEntityType(type)) {
    throw ApiError{400, "unknown entity type \"" + type +
                            "\" (PERSON, ORG, PRODUCT, PROJECT, EVENT, PLACE)",
                   "type"};
  }
  Page page = ReadPage(reader, limits_);
  std::size_t total = 0;
  std::vector<const GraphIndex::Entry*> found =
      index_->Search(reader.Get("q").value_or(""), type, page.offset, page.limit, &total);
  JsonOut out;
  out.BeginObject();
  WritePage(out, page, total);
  out.Key("entities").BeginArray();
  for (const GraphIndex::Entry* entry : found) {
    std::optional<graph::EntityView> view = graph_.Entity(entry->id);
    if (!view) continue;
    out.BeginObject()
        .Member("id", view->id)
        .Member("name", view->name)
        .Member("type", entry->type)
        .Member("stock_code", view->stock_code)
        .Member("english_name", view->english_name)
        .Member("events", entry->events);
    out.Key("aliases").BeginArray();
    for (const std::string& alias : view->aliases) out.String(alias);
    out.EndArray().EndObject();
  }
  out.EndArray().EndObject();
  return Json(out.Take());
}

Response Api::EntityDetail(std::string_view ref, const Params& params) const {
  ParamReader reader(params, {}, limits_.max_param_bytes);
  if (ref.empty() || ref.size() > limits_.max_param_bytes ||
      newsgraph::FindInvalidUtf8(ref) != std::string_view::npos) {
    throw ApiError{400, "the entity in the path must be an id or a name", "entity"};
  }
  graph::EntityId id = ResolveEntity(graph_, "entity", std::string(ref));
  std::optional<graph::EntityView> view = graph_.Entity(id);
  if (!view) throw ApiError{404, "no entity " + std::to_string(id), "entity"};

  graph::TimelineQuery query;
  query.entity = id;
  query.with_evidence = false;
  std::vector<graph::EventView> events = graph_.Timeline(query);
  std::map<std::string, std::size_t> by_relation;
  std::set<graph::EntityId> counterparts;
  std::size_t evidence = 0;
  for (const graph::EventView& e : events) {
    ++by_relation[e.relation];
    counterparts.insert(e.subject == id ? e.object : e.subject);
    evidence += static_cast<std::size_t>(e.evidence_count);
  }

  JsonOut out;
  out.BeginObject()
      .Member("id", view->id)
      .Member("name", view->name)
      .Member("type", std::string(newsgraph::EntityTypeName(view->type)))
      .Member("stock_code", view->stock_code)
      .Member("english_name", view->english_name)
      .Member("lexicon_id", view->lexicon_id);
  out.Key("aliases").BeginArray();
  for (const std::string& alias : view->aliases) out.String(alias);
  out.EndArray();
  out.Key("counts").BeginObject()
      .Member("events", events.size())
      .Member("evidence", evidence)
      .Member("neighbors", counterparts.size());
  out.Key("by_relation").BeginObject();
  for (const auto& [name, count] : by_relation) out.Member(name, count);
  out.EndObject().EndObject();
  // Roles: the person's positions, or the organisation's people.
  constexpr std::size_t kMaxRoles = 100;
  std::size_t roles = 0;
  out.Key("roles").BeginArray();
  for (const graph::EventView& e : events) {
    if (e.relation != "role" || roles++ == kMaxRoles) continue;
    out.BeginObject().Member("event", e.id);
    out.Key("person");
    index_->WriteRef(out, e.subject);
    out.Key("organization");
    index_->WriteRef(out, e.object);
    auto title = e.attributes.find("title");
    out.Member("title", title == e.attributes.end() ? std::string() : title->second)
        .Member("time", e.time)
        .EndObject();
  }
  out.EndArray().EndObject();
  return Json(out.Take());
}

Response Api::Timeline(const Params& params) const {
  ParamReader reader(params, {"entity", "with", "relation", "from", "to", "limit", "offset"},
                     limits_.max_param_bytes);
  graph::TimelineQuery query;
  query.entity = ResolveEntity(graph_, "entity", reader.Require("entity"));
  if (std::optional<std::string> with = reader.Get("with")) {
    query.with = ResolveEntity(graph_, "with", *with);
  }
  query.relations = reader.Relations("relation");
  query.time = reader.Time("from", "to");
  query.with_evidence = false;
  Page page = ReadPage(reader, limits_);
  std::vector<graph::EventView> events = graph_.Timeline(query);
  JsonOut out;
  out.BeginObject().Key("entity");
  index_->WriteRef(out, query.entity);
  WritePage(out, page, events.size());
  out.Key("events").BeginArray();
  EntityNamer namer = index_->Namer();
  for (std::size_t i = page.Begin(events.size()); i < page.End(events.size()); ++i) {
    // One sentence per event, so that a timeline reads on its own.
    if (const graph::EvidenceView* snippet = index_->Snippet(events[i].id)) {
      events[i].evidence.push_back(*snippet);
    }
    WriteEvent(out, events[i], namer);
  }
  out.EndArray().EndObject();
  return Json(out.Take());
}

Response Api::Neighbors(const Params& params) const {
  ParamReader reader(params, {"entity", "limit", "offset"}, limits_.max_param_bytes);
  graph::EntityId id = ResolveEntity(graph_, "entity", reader.Require("entity"));
  Page page = ReadPage(reader, limits_);
  std::vector<graph::NeighborView> neighbors = graph_.Neighbors(id);
  JsonOut out;
  out.BeginObject().Key("entity");
  index_->WriteRef(out, id);
  WritePage(out, page, neighbors.size());
  out.Key("neighbors").BeginArray();
  for (std::size_t i = page.Begin(neighbors.size()); i < page.End(neighbors.size()); ++i) {
    const graph::NeighborView& n = neighbors[i];
    out.BeginObject().Key("entity");
    index_->WriteRef(out, n.entity);
    out.Key("relations").BeginObject();
    for (const auto& [name, count] : n.relations) out.Member(name, count);
    out.EndObject()
        .Member("event_count", n.event_count)
        .Member("evidence_count", n.evidence_count)
        .EndObject();
  }
  out.EndArray().EndObject();
  return Json(out.Take());
}

Response Api::Path(const Params& params) const {
  ParamReader reader(params, {"from", "to", "relation", "max_hops", "limit"},
                     limits_.max_param_bytes);
  graph::PathQuery query;
  query.from = ResolveEntity(graph_, "from", reader.Require("from"));
  query.to = ResolveEntity(graph_, "to", reader.Require("to"));
  query.relations = reader.Relations("relation");
  query.max_hops = static_cast<std::size_t>(
      reader.Integer("max_hops", static_cast<std::int64_t>(limits_.max_path_hops), 1,
                     static_cast<std::int64_t>(limits_.max_path_hops)));
  query.limit = static_cast<std::size_t>(
      reader.Integer("limit", 5, 1, static_cast<std::int64_t>(limits_.max_paths)));
  std::vector<graph::PathView> paths = graph_.ShortestPaths(query);
  JsonOut out;
  EntityNamer namer = index_->Namer();
  out.BeginObject().Key("from");
  namer(out, query.from);
  out.Key("to");
  namer(out, query.to);
  out.Member("max_hops", query.max_hops).Key("paths").BeginArray();
  for (const graph::PathView& path : paths) {
    out.BeginObject().Key("entities").BeginArray();
    for (graph::EntityId id : path.entities) namer(out, id);
    out.EndArray().Key("events").BeginArray();
    for (graph::EventId id : path.events) {
      if (std::optional<graph::EventView> e = graph_.Event(id, false)) WriteEvent(out, *e, namer);
    }
    out.EndArray().EndObject();
  }
  out.EndArray().EndObject();
  return Json(out.Take());
}

Response Api::Graph(const Params& params, std::string_view format) const {
  ParamReader reader(params, {"center", "hops", "from", "to", "relation", "max_nodes"},
                     limits_.max_param_bytes);
  graph::EgoQuery query;
  query.center = ResolveEntity(graph_, "center", reader.Require("center"));
  query.hops = static_cast<int>(reader.Integer("hops", 1, 0, limits_.max_hops));
  query.relations = reader.Relations("relation");
  query.time = reader.Time("from", "to");
  const std::size_t max_nodes = static_cast<std::size_t>(
      reader.Integer("max_nodes", static_cast<std::int64_t>(limits_.default_max_nodes), 1,
                     static_cast<std::int64_t>(limits_.max_nodes)));
  EgoSelection selection = SelectEgo(graph_.Ego(query), query.center, max_nodes);

  if (format != "json") {
    if (selection.subgraph.entities.size() > limits_.max_render_nodes) {
      throw ApiError{413,
                     "a drawing of " + std::to_string(selection.subgraph.entities.size()) +
                         " entities is too large (at most " +
                         std::to_string(limits_.max_render_nodes) + "): lower max_nodes",
                     "max_nodes"};
    }
    Response response;
    if (format == "dot") {
      response.content_type = "text/vnd.graphviz; charset=utf-8";
      response.body = RenderDot(selection);
      return response;
    }
    std::string error;
    std::optional<std::string> svg = RenderSvg(selection, &error);
    if (!svg) return ErrorResponse(500, "Graphviz could not draw this graph: " + error);
    response.content_type = "image/svg+xml";
    response.body = std::move(*svg);
    return response;
  }

  JsonOut out;
  out.BeginObject().Key("center");
  index_->WriteRef(out, query.center);
  out.Member("hops", query.hops)
      .Member("total_entities", selection.total_entities)
      .Member("total_events", selection.total_events)
      .Member("truncated", selection.truncated);
  out.Key("entities").BeginArray();
  for (const graph::EntityView& entity : selection.subgraph.entities) {
    const GraphIndex::Entry* entry = index_->Find(entity.id);
    out.BeginObject()
        .Member("id", entity.id)
        .Member("name", entity.name)
        .Member("type", std::string(newsgraph::EntityTypeName(entity.type)))
        .Member("stock_code", entity.stock_code)
        .Member("hop", selection.hops[entity.id])
        .Member("degree", selection.degree[entity.id])
        .Member("events", entry ? entry->events : std::size_t{0})
        .EndObject();
  }
  out.EndArray().Key("events").BeginArray();
  EntityNamer namer = index_->Namer();
  for (const graph::EventView& event : selection.subgraph.events) WriteEvent(out, event, namer);
  out.EndArray().EndObject();
  return Json(out.Take());
}

Response Api::Evidence(const Params& params) const {
  ParamReader reader(params, {"relation", "limit", "offset"}, limits_.max_param_bytes);
  std::string text = reader.Require("relation");
  std::optional<std::int64_t> id = ParseInteger(text);
  if (!id) throw ApiError{400, "parameter \"relation\" must be an event id", "relation"};
  Page page = ReadPage(reader, limits_);
  std::optional<graph::EventView> event = graph_.Event(*id, /*with_evidence=*/true);
  if (!event) throw ApiError{404, "no relation event " + std::to_string(*id), "relation"};
  std::vector<graph::EvidenceView> evidence = std::move(event->evidence);
  event->evidence.clear();
  JsonOut out;
  out.BeginObject().Key("event");
  WriteEvent(out, *event, index_->Namer());
  WritePage(out, page, evidence.size());
  out.Key("evidence").BeginArray();
  for (std::size_t i = page.Begin(evidence.size()); i < page.End(evidence.size()); ++i) {
    WriteEvidence(out, evidence[i]);
  }
  out.EndArray().EndObject();
  return Json(out.Take());
}

}  // namespace newsgraph::serve
