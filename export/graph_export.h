// Exports from a loaded KnowledgeGraph: resolves the center entity, asks the
// graph for the ego network, the whole graph or a timeline, applies the
// shared filters and writes the format. The CLI and the server call this.
#ifndef NEWSGRAPH_EXPORT_GRAPH_EXPORT_H_
#define NEWSGRAPH_EXPORT_GRAPH_EXPORT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "export/exporter.h"
#include "export/filter.h"
#include "extract/status.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::exporter {

struct GraphExportRequest {
  ExportFormat format = ExportFormat::kDot;
  // Entity name, alias or numeric id; "" = the whole graph. Required for
  // kTimeline.
  std::string center;
  ExportFilter filter;  // filter.center is set from `center`
  RenderOptions render;
};

struct GraphExportResult {
  ExportOutput files;
  std::size_t entities = 0;  // in the exported subgraph (timeline: counterparts + 1)
  std::size_t events = 0;
  std::string layout;        // the Graphviz engine used, for svg/png/pdf
};

// The entity `name_or_id` names: by canonical name or alias (after
// normalisation), else, when it is all digits, by id. NotFound when nothing
// matches; InvalidInput when several entities share the name (the message
// lists them with their ids and types, to pass an id instead).
Status ResolveEntity(const graph::KnowledgeGraph& graph, std::string_view name_or_id,
                     graph::EntityId* id);

// Runs `request` against `graph`. InvalidInput for bad filters
// (CheckFilter), a timeline without a center, or a graph too large to
// render; NotFound for an unknown center.
Status ExportFromGraph(const graph::KnowledgeGraph& graph, const GraphExportRequest& request,
                       GraphExportResult* result);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_GRAPH_EXPORT_H_
