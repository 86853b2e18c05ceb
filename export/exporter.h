// One entry point for every export format over a Subgraph: what the CLI and
// the HTTP server call after querying and filtering the graph.
#ifndef NEWSGRAPH_EXPORT_EXPORTER_H_
#define NEWSGRAPH_EXPORT_EXPORTER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/render.h"
#include "core/status.h"
#include "graph/graph_view.h"

namespace newsgraph::exporter {

enum class ExportFormat {
  kDot, kSvg, kPng, kPdf,  // Graphviz
  kJson,                   // dashboards, docs/export-json.md
  kCytoscape,              // Cytoscape.js elements
  kGraphml, kGexf,         // Gephi, yEd
  kCsv,                    // neo4j-admin import: nodes.csv + relationships.csv
  kTimeline,               // one entity's events (graph_export.h), not a Subgraph format
};

// "dot", "svg", ..., "timeline"; nullopt for anything else.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
std::string_view ExportFormatName(ExportFormat format);
// The names ParseExportFormat accepts, for help texts and option checks.
std::vector<std::string> ExportFormatNames();

// True for formats that print the evidence sentences (query the graph with
// evidence for them; the others only need the counts).
bool NeedsEvidence(ExportFormat format);
// True for png and pdf: not text.
bool IsBinary(ExportFormat format);

// What an export produces: one unnamed file, or for csv two named ones
// ("nodes.csv", "relationships.csv") to be written into a directory.
struct ExportFile {
  std::string name;  // "" for the single output of most formats
  std::string content;
};
using ExportOutput = std::vector<ExportFile>;

// Writes `graph` in `format` (any format but kTimeline). Errors come from
// rendering only (RenderGraph: too large a graph, Graphviz failures).
Status ExportSubgraph(const graph::Subgraph& graph, ExportFormat format,
                      const RenderOptions& render, ExportOutput* out);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_EXPORTER_H_
