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
#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::exporter {

struct GraphExportRequest {
  ExportFormat format = ExportFormat::kDot;
  // filter.center unset = the whole graph; kTimeline requires it (see
  // query::ResolveEntity to find it from a name).
  ExportFilter filter;
  RenderOptions render;
};

struct GraphExportResult {
  ExportOutput files;
  std::size_t entities = 0;  // in the exported subgraph (timeline: counterparts + 1)
  std::size_t events = 0;
  std::string layout;        // the Graphviz engine used, for svg/png/pdf
};

// Runs `request` against `graph`: the ego network of filter.center (or the
// whole graph) with the format's evidence, then Filter, then the format.
// InvalidInput for bad filters (CheckFilter), a timeline without a center,
// or a graph too large to render; NotFound for a center id not in the graph.
Status ExportFromGraph(const graph::KnowledgeGraph& graph, const GraphExportRequest& request,
                       GraphExportResult* result);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_GRAPH_EXPORT_H_
