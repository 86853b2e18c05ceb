// newsgraph serve: the HTTP API and the page over a database, read-only.
#include <iostream>

#include "cli/commands.h"
#include "graph/knowledge_graph.h"
#include "serve/server.h"
#include "store/sqlite_store.h"

namespace newsgraph::cli {
namespace {

struct ServeOptions {
  std::string db;
  std::string bind = "127.0.0.1";
  int port = 8080;
  int threads = 0;
  bool quiet = false;
};

int RunServe(const ServeOptions& options) {
  graph::KnowledgeGraph graph;
  Status status = store::LoadGraph(options.db, &graph);
  if (!status.ok()) {
    std::cerr << "newsgraph serve: " << status.message() << "\n";
    return kExitUsage;
  }
  serve::ServerOptions server_options;
  server_options.bind = options.bind;
  server_options.port = options.port;
  server_options.threads = options.threads;
  server_options.access_log = options.quiet ? nullptr : &std::cerr;
  serve::Server server(graph, server_options);
  status = server.Bind();
  if (!status.ok()) {
    std::cerr << "newsgraph serve: " << status.message() << "\n";
    return kExitUsage;
  }
  serve::StopOnSignal stop_on_signal(&server);
  std::cerr << "newsgraph serve: " << graph.entity_count() << " entities, "
            << graph.event_count() << " events from " << options.db << "; listening on http://"
            << options.bind << ":" << server.port() << "/ (Ctrl-C stops)" << std::endl;
  status = server.Run();
  if (!status.ok()) {
    std::cerr << "newsgraph serve: " << status.message() << "\n";
    return kExitUsage;
  }
  std::cerr << "newsgraph serve: stopped"
            << (stop_on_signal.signal() ? " by signal " + std::to_string(stop_on_signal.signal())
                                        : std::string())
            << "\n";
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, CommandRunner* run) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the graph over HTTP: a JSON API under /api and a page at /");
  cmd->add_option("--db", options->db, "Database written by newsgraph ingest")->required();
  cmd->add_option("--port", options->port, "TCP port (0 = any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", options->bind, "Address to listen on");
  cmd->add_option("--threads", options->threads, "Worker threads (0 = 4 per core, at least 16)")
      ->check(CLI::Range(0, 1024));
  cmd->add_flag("--quiet", options->quiet, "No access log on stderr");
  cmd->callback([options, run] { *run = [options] { return RunServe(*options); }; });
}

}  // namespace newsgraph::cli
