// Server: the HTTP front of Api (cpp-httplib), plus the page's static files.
//
// GET /api/... is answered by Api; GET / (and /app.js, /style.css) by the
// files embedded from data/web at build time, and nothing else: there is no
// file system path to traverse. Other methods get 405.
//
// Limits: a request line longer than 8 KiB gets 414 (cpp-httplib), a body
// larger than max_payload_bytes 413, a connection that waited longer than
// queue_timeout_ms for a worker 503; reads and writes time out. One line
// per request goes to the access log: client, method, path, status, ms.
//
// No httplib type leaves serve/. Thread safety: Stop may be called from any
// thread (not from a signal handler: use StopOnSignal).
#ifndef NEWSGRAPH_SERVE_SERVER_H_
#define NEWSGRAPH_SERVE_SERVER_H_

#include <atomic>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <thread>

#include "core/status.h"
#include "graph/knowledge_graph.h"
#include "serve/api.h"

namespace newsgraph::serve {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;                        // 0 = any free port (see Server::port)
  int threads = 0;                        // workers; 0 = 4 per core, at least 16
  ApiLimits limits;
  std::size_t max_payload_bytes = 16384;  // GET needs no body
  int read_timeout_seconds = 5;
  int write_timeout_seconds = 5;
  int queue_timeout_ms = 2000;            // waited longer for a worker: 503
  std::ostream* access_log = nullptr;     // nullptr = no access log
};

class Server {
 public:
  // `graph` must outlive the server and not change while it serves.
  Server(const graph::KnowledgeGraph& graph, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket. IoError when the address cannot be bound.
  Status Bind();
  // The bound port (after Bind).
  int port() const;
  // Serves until Stop(); IoError when it could not listen.
  Status Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Stops a server on SIGINT or SIGTERM while it exists: the signal handler
// only writes to a pipe (async-signal-safe); a thread reads it and calls
// Server::Stop. One at a time per process.
class StopOnSignal {
 public:
  explicit StopOnSignal(Server* server);
  ~StopOnSignal();
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;
  // The signal that stopped the server, 0 when none did.
  int signal() const { return signal_.load(); }

 private:
  Server* server_;
  int pipe_[2] = {-1, -1};
  std::atomic<int> signal_{0};
  std::thread watcher_;
};

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_SERVER_H_
