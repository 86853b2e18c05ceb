#include "export/exporter.h"

#include <array>
#include <utility>

#include "export/dot.h"
#include "export/json_export.h"
#include "export/neo4j_csv.h"
#include "export/xml_export.h"

namespace newsgraph::exporter {
namespace {

// Format names are part of the command line: do not rename.
constexpr std::array<std::pair<std::string_view, ExportFormat>, 10> kFormats = {{
    {"dot", ExportFormat::kDot},
    {"svg", ExportFormat::kSvg},
    {"png", ExportFormat::kPng},
    {"pdf", ExportFormat::kPdf},
    {"json", ExportFormat::kJson},
    {"cytoscape", ExportFormat::kCytoscape},
    {"graphml", ExportFormat::kGraphml},
    {"gexf", ExportFormat::kGexf},
    {"csv", ExportFormat::kCsv},
    {"timeline", ExportFormat::kTimeline},
}};

Status Single(std::string content, ExportOutput* out) {
  out->assign(1, ExportFile{"", std::move(content)});
  return Status::Ok();
}

Status Render(const graph::Subgraph& graph, ImageFormat format, const RenderOptions& render,
              ExportOutput* out) {
  std::string image;
  Status status = RenderGraph(graph, format, render, &image);
  if (!status.ok()) return status;
  return Single(std::move(image), out);
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  for (const auto& [known, format] : kFormats) {
    if (name == known) return format;
  }
  return std::nullopt;
}

std::string_view ExportFormatName(ExportFormat format) {
  for (const auto& [name, known] : kFormats) {
    if (format == known) return name;
  }
  return "";
}

std::vector<std::string> ExportFormatNames() {
  std::vector<std::string> names;
  for (const auto& [name, unused] : kFormats) names.emplace_back(name);
  return names;
}

bool NeedsEvidence(ExportFormat format) {
  return format == ExportFormat::kJson || format == ExportFormat::kTimeline;
}

bool IsBinary(ExportFormat format) {
  return format == ExportFormat::kPng || format == ExportFormat::kPdf;
}

Status ExportSubgraph(const graph::Subgraph& graph, ExportFormat format,
                      const RenderOptions& render, ExportOutput* out) {
  switch (format) {
    case ExportFormat::kDot: return Single(ToDot(graph, render.dot), out);
    case ExportFormat::kSvg: return Render(graph, ImageFormat::kSvg, render, out);
    case ExportFormat::kPng: return Render(graph, ImageFormat::kPng, render, out);
    case ExportFormat::kPdf: return Render(graph, ImageFormat::kPdf, render, out);
    case ExportFormat::kJson: return Single(ToDashboardJson(graph), out);
    case ExportFormat::kCytoscape: return Single(ToCytoscapeJson(graph), out);
    case ExportFormat::kGraphml: return Single(ToGraphml(graph), out);
    case ExportFormat::kGexf: return Single(ToGexf(graph), out);
    case ExportFormat::kCsv: {
      Neo4jCsv csv = ToNeo4jCsv(graph);
      *out = {{"nodes.csv", std::move(csv.nodes)},
              {"relationships.csv", std::move(csv.relationships)}};
      return Status::Ok();
    }
    case ExportFormat::kTimeline: break;
  }
  return Status::InvalidInput("a timeline is exported from the graph (ExportFromGraph), "
                              "not from a Subgraph");
}

}  // namespace newsgraph::exporter
