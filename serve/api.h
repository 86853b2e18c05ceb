// Api: the JSON (and DOT/SVG) answers of the HTTP API, computed from a loaded
// KnowledgeGraph without any transport. serve/server.h puts it behind HTTP;
// tests call it directly too.
//
// Endpoints (all GET; see Api::Handle):
//   /api/health                        {"status":"ok", counts}
//   /api/stats                         GraphStats
//   /api/relation-types                the inventory: name, symmetric, colour, description
//   /api/entities?q=&type=&limit=&offset=
//   /api/entities/{id or name}         one entity: aliases, roles, counts
//   /api/timeline?entity=&with=&relation=&from=&to=&limit=&offset=
//   /api/neighbors?entity=&limit=&offset=
//   /api/path?from=&to=&relation=&max_hops=&limit=
//   /api/graph?center=&hops=&from=&to=&relation=&max_nodes=   (+ .dot, .svg)
//   /api/evidence?relation={event id}&limit=&offset=
// Entities may be given by numeric id or by any name or alias. Lists are
// paged (limit <= ApiLimits::max_limit). Errors are JSON objects
// {"error": "...", "parameter": "hops", "status": 400} with status 400 (bad,
// unknown, repeated, over-long or out-of-range parameter; ambiguous name),
// 404 (unknown entity, event or endpoint) or 413 (a DOT/SVG drawing with
// more than max_render_nodes entities). The graph is only read: nothing
// reaches SQL (the database was loaded once, before serving).
//
// Thread safety: Handle is const and may run concurrently; the graph must
// outlive the Api and must not change while it is in use.
#ifndef NEWSGRAPH_SERVE_API_H_
#define NEWSGRAPH_SERVE_API_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace newsgraph::serve {

class GraphIndex;

// Query parameters as decoded by the transport; a key may repeat.
using Params = std::multimap<std::string, std::string>;

struct ApiLimits {
  std::size_t default_limit = 50;
  std::size_t max_limit = 500;         // limit above this: 400
  std::size_t max_offset = 10000000;
  int max_hops = 3;                    // /api/graph hops above this: 400
  std::size_t default_max_nodes = 120; // ego diagrams keep the closest entities
  std::size_t max_nodes = 2000;        // JSON subgraph cap (max_nodes above: 400)
  std::size_t max_render_nodes = 250;  // DOT/SVG: more entities: 413 (dot layout time grows steeply)
  std::size_t max_path_hops = 6;
  std::size_t max_paths = 20;
  std::size_t max_param_bytes = 512;   // any single parameter value
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

class Api {
 public:
  // Indexes the graph's names for search (one pass over entities and
  // events). `graph` must outlive the Api.
  Api(const graph::KnowledgeGraph& graph, ApiLimits limits = {});
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Answers one GET request for `path` (already percent-decoded) under
  // /api/. Never throws for any input; unknown paths get 404.
  Response Handle(std::string_view path, const Params& params) const;

  const ApiLimits& limits() const { return limits_; }

 private:
  const graph::KnowledgeGraph& graph_;
  ApiLimits limits_;
  std::unique_ptr<GraphIndex> index_;

  // Each endpoint; `path_arg` is what follows /api/entities/.
  Response Health(const Params& params) const;
  Response Stats(const Params& params) const;
  Response RelationTypeList(const Params& params) const;
  Response Entities(const Params& params) const;
  Response EntityDetail(std::string_view ref, const Params& params) const;
  Response Timeline(const Params& params) const;
  Response Neighbors(const Params& params) const;
  Response Path(const Params& params) const;
  Response Graph(const Params& params, std::string_view format) const;
  Response Evidence(const Params& params) const;
};

// A JSON error body: {"error": message, "parameter": parameter} (the
// parameter member only when not empty).
Response ErrorResponse(int status, std::string_view message, std::string_view parameter = {});

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_API_H_
