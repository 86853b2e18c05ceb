// newsgraph export: a graph database (or an entity's part of it) as DOT,
// SVG/PNG/PDF, dashboard JSON, Cytoscape.js, GraphML, GEXF, Neo4j CSV or an
// entity's timeline. The work is in export/ (graph_export.h).
// Exit codes: 0 ok, 1 --center matched no entity (or several), 2 bad command
// line, database, filter, too large a graph to draw, or a failed write.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "export/atomic_file.h"
#include "export/graph_export.h"
#include "graph/knowledge_graph.h"
#include "query/resolve.h"
#include "store/sqlite_store.h"

namespace newsgraph::cli {
namespace {

namespace ex = exporter;

struct ExportOptions {
  std::string db;
  std::string format = "dot";
  std::string center;
  int hops = 1;
  std::string from;
  std::string to;
  std::vector<std::string> relations;
  int min_sources = 0;
  bool no_hedged = false;
  std::string output;  // "" = stdout; a directory for csv
  std::string layout;
  std::size_t max_nodes = ex::kMaxRenderNodes;
};

int Fail(const std::string& message, int code) {
  std::cerr << "newsgraph export: " << message << "\n";
  return code;
}

// Writes the export to -o (atomically; csv: two files in that directory) or
// to stdout.
Status WriteOutput(const ex::ExportOutput& files, const std::string& output) {
  if (output.empty()) {
    for (const ex::ExportFile& f : files) std::fwrite(f.content.data(), 1, f.content.size(), stdout);
    return std::fflush(stdout) == 0 ? Status::Ok() : Status::IoError("cannot write to stdout");
  }
  if (files.size() == 1 && files[0].name.empty()) {
    return ex::WriteFileAtomically(output, files[0].content);
  }
  std::error_code error;
  std::filesystem::create_directories(output, error);
  if (error) return Status::IoError("cannot create directory " + output + ": " + error.message());
  std::vector<std::pair<std::string, std::string>> paths;
  for (const ex::ExportFile& f : files) {
    paths.emplace_back((std::filesystem::path(output) / f.name).string(), f.content);
  }
  return ex::WriteFilesAtomically(paths);
}

int Run(const ExportOptions& o) {
  ex::GraphExportRequest request;
  request.format = *ex::ParseExportFormat(o.format);
  if (request.format == ex::ExportFormat::kCsv && o.output.empty()) {
    return Fail("csv writes nodes.csv and relationships.csv: give a directory with -o DIR",
                kExitUsage);
  }
  request.filter = {std::nullopt, o.hops,        o.from,     o.to,
                    o.relations,  o.min_sources, o.no_hedged};
  Status status = ex::CheckFilter(request.filter);
  if (!status.ok()) return Fail(status.message(), kExitUsage);
  request.render.layout = o.layout;
  request.render.max_nodes = o.max_nodes;

  graph::KnowledgeGraph graph;
  status = store::LoadGraph(o.db, &graph);
  if (!status.ok()) return Fail(status.message(), kExitUsage);
  if (!o.center.empty()) {
    graph::EntityId center = 0;
    status = query::ResolveEntity(graph, o.center, &center);
    if (!status.ok()) return Fail(status.message() + " in " + o.db, kExitRejected);
    request.filter.center = center;
  }
  ex::GraphExportResult result;
  status = ex::ExportFromGraph(graph, request, &result);
  if (!status.ok()) return Fail(status.message(), kExitUsage);
  if (result.entities == 0) std::cerr << "newsgraph export: nothing matched the filters\n";
  status = WriteOutput(result.files, o.output);
  if (!status.ok()) return Fail(status.message(), kExitUsage);
  if (!o.output.empty()) {
    std::cerr << "newsgraph export: " << result.entities << " entities, " << result.events
              << " events as " << o.format
              << (result.layout.empty() ? "" : " (layout " + result.layout + ")") << " -> "
              << o.output << "\n";
  }
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, CommandRunner* run) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Export the graph (or an entity's ego network or timeline) for diagrams, "
                "dashboards, Gephi, yEd, Cytoscape.js or Neo4j");
  cmd->add_option("--db", o->db, "Graph database (SQLite) written by ingest")->required();
  cmd->add_option("--format", o->format, "Output format (default dot)")
      ->check(CLI::IsMember(ex::ExportFormatNames()));
  cmd->add_option("--center", o->center,
                  "Only this entity's ego network (name, alias or #ID); required for timeline");
  cmd->add_option("--hops", o->hops, "With --center: how far from it (default 1)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--from", o->from, "Only events overlapping this ISO date or later (2024, 2024-06, 2025-Q1)");
  cmd->add_option("--to", o->to, "Only events overlapping this ISO date or earlier");
  cmd->add_option("--relation", o->relations, "Only this relation type (repeatable)");
  cmd->add_option("--min-sources", o->min_sources, "Only events reported by at least N sources")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--no-hedged", o->no_hedged, "Drop events that no source states as fact");
  cmd->add_option("-o,--output", o->output,
                  "Write here (atomically) instead of stdout; a directory for csv");
  cmd->add_option("--layout", o->layout,
                  "Graphviz engine for svg/png/pdf (default: dot up to " +
                      std::to_string(ex::kDotLayoutMaxNodes) + " entities, sfdp beyond)")
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi", "osage"}));
  cmd->add_option("--max-nodes", o->max_nodes,
                  "Refuse to draw graphs with more entities (default " +
                      std::to_string(ex::kMaxRenderNodes) + ")");
  cmd->callback([run, o] { *run = [o] { return Run(*o); }; });
}

}  // namespace newsgraph::cli
