#include "serve/server.h"

#include <httplib.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

#include "serve/web_assets.h"

namespace newsgraph::serve {
namespace {

using Clock = std::chrono::steady_clock;

// Per worker thread: when the current connection was queued, and when the
// current request started (for the access log). A worker serves one
// connection at a time, and the logger runs on the thread that answered.
thread_local std::optional<Clock::time_point> t_queued_at;
thread_local std::optional<Clock::time_point> t_request_start;

// httplib's pool, remembering when each connection was queued so that one
// that waited too long for a worker can be answered 503 at once.
class TimedQueue : public httplib::TaskQueue {
 public:
  explicit TimedQueue(std::size_t threads) : pool_(threads) {}
  void enqueue(std::function<void()> fn) override {
    pool_.enqueue([fn = std::move(fn), at = Clock::now()] {
      t_queued_at = at;
      fn();
    });
  }
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
};

std::size_t WorkerCount(int requested) {
  if (requested > 0) return static_cast<std::size_t>(requested);
  return std::max<std::size_t>(16, 4 * std::max(1u, std::thread::hardware_concurrency()));
}

void Send(httplib::Response& res, const Response& answer) {
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type.c_str());
}

// Control characters would let a request forge log lines.
std::string LogSafe(std::string_view s) {
  std::string out;
  for (unsigned char c : s.substr(0, 300)) {
    if (c < 0x20 || c == 0x7f) {
      char hex[5];
      std::snprintf(hex, sizeof(hex), "\\x%02x", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > 300) out += "...";
  return out;
}

std::string QueryString(const httplib::Params& params) {
  std::string out;
  for (const auto& [key, value] : params) {
    out += (out.empty() ? "?" : "&") + key + "=" + value;
  }
  return out;
}

std::string_view ErrorText(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed: the API is read-only (GET)";
    case 413: return "request too large";
    case 414: return "request URI too long";
    case 503: return "server busy, try again";
    default: return "request failed";
  }
}

}  // namespace

struct Server::Impl {
  Impl(const graph::KnowledgeGraph& graph, ServerOptions opts)
      : options(std::move(opts)), api(graph, options.limits) {}

  void Configure();
  httplib::Server::HandlerResponse BeforeRouting(httplib::Response& res);
  void Log(const httplib::Request& req, const httplib::Response& res);

  ServerOptions options;
  // httplib's stop() does nothing before listen starts: Stop() records the
  // request and waits for a running Run() to be listening before stopping it.
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> in_run{false};
  Api api;
  httplib::Server http;
  std::mutex log_mutex;
  int port = 0;
  int listen_fd = -1;
};

void Server::Impl::Configure() {
  const std::size_t workers = WorkerCount(options.threads);
  http.new_task_queue = [workers] { return new TimedQueue(workers); };
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle
  // and delayed ACKs add ~40 ms to every keep-alive response.
  http.set_tcp_nodelay(true);
  http.set_payload_max_length(options.max_payload_bytes);
  // Remember the listening socket: Bind() widens its backlog (see there).
  http.set_socket_options([this](socket_t fd) {
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    listen_fd = fd;
  });
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_write_timeout(options.write_timeout_seconds, 0);
  // An idle keep-alive connection holds a worker: let it go soon.
  http.set_keep_alive_timeout(3);
  http.set_keep_alive_max_count(1000);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                            {"Cache-Control", "no-store"},
                            {"Referrer-Policy", "no-referrer"}});
  http.set_pre_routing_handler(
      [this](const httplib::Request&, httplib::Response& res) { return BeforeRouting(res); });
  http.Get("/api/.*", [this](const httplib::Request& req, httplib::Response& res) {
    Send(res, api.Handle(req.path, req.params));
    // An SVG opened on its own must not run anything.
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  });
  http.Get(".*", [](const httplib::Request& req, httplib::Response& res) {
    const WebAsset* asset = FindWebAsset(req.path);
    if (!asset) return Send(res, ErrorResponse(404, "not found"));
    res.set_content(std::string(asset->body), std::string(asset->content_type).c_str());
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                   "frame-ancestors 'none'");
  });
  auto not_allowed = [](const httplib::Request&, httplib::Response& res) {
    Send(res, ErrorResponse(405, ErrorText(405)));
    res.set_header("Allow", "GET, HEAD");
  };
  http.Post(".*", httplib::Server::Handler(not_allowed));
  http.Put(".*", httplib::Server::Handler(not_allowed));
  http.Patch(".*", httplib::Server::Handler(not_allowed));
  http.Delete(".*", httplib::Server::Handler(not_allowed));
  http.Options(".*", not_allowed);
  // Statuses httplib sets itself (400, 413, 414, 404 for unknown methods)
  // get the same JSON error body as the API's own.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        Send(res, ErrorResponse(res.status, ErrorText(res.status)));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        Send(res, ErrorResponse(500, "internal error"));
      });
  if (options.access_log) {
    http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
      Log(req, res);
    });
  }
}

httplib::Server::HandlerResponse Server::Impl::BeforeRouting(httplib::Response& res) {
  const Clock::time_point now = Clock::now();
  t_request_start = now;
  if (!t_queued_at) return httplib::Server::HandlerResponse::Unhandled;
  const auto waited = now - *t_queued_at;
  t_queued_at.reset();  // later requests on this connection did not wait
  if (waited <= std::chrono::milliseconds(options.queue_timeout_ms)) {
    return httplib::Server::HandlerResponse::Unhandled;
  }
  Send(res, ErrorResponse(503, "server busy: the request waited too long for a worker"));
  res.set_header("Retry-After", "1");
  return httplib::Server::HandlerResponse::Handled;
}

void Server::Impl::Log(const httplib::Request& req, const httplib::Response& res) {
  double ms = 0;
  if (t_request_start) {
    ms = std::chrono::duration<double, std::milli>(Clock::now() - *t_request_start).count();
    t_request_start.reset();
  }
  char duration[32];
  std::snprintf(duration, sizeof(duration), "%.2fms", ms);
  std::string line = LogSafe(req.remote_addr) + " " + LogSafe(req.method) + " " +
                     LogSafe(req.path + QueryString(req.params)) + " " +
                     std::to_string(res.status) + " " + duration + "\n";
  std::lock_guard<std::mutex> lock(log_mutex);
  *options.access_log << line << std::flush;
}

Server::Server(const graph::KnowledgeGraph& graph, ServerOptions options)
    : impl_(std::make_unique<Impl>(graph, std::move(options))) {
  impl_->Configure();
}

Server::~Server() { Stop(); }

Status Server::Bind() {
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.bind);
  } else {
    impl_->port = impl_->http.bind_to_port(o.bind, o.port) ? o.port : -1;
  }
  if (impl_->port <= 0) {
    return Status::IoError("cannot listen on " + o.bind + ":" + std::to_string(o.port) +
                           ": address in use or not available");
  }
  // The packaged cpp-httplib listens with a backlog of 5: a burst of new
  // connections overflows it and clients wait a 1 s SYN retransmit. Calling
  // listen() again on the bound socket raises the backlog.
  if (impl_->listen_fd >= 0) listen(impl_->listen_fd, SOMAXCONN);
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  impl_->in_run = true;
  const bool listened = impl_->stop_requested || impl_->http.listen_after_bind();
  impl_->in_run = false;
  if (!listened) {
    return Status::IoError("the server stopped listening on port " + std::to_string(impl_->port));
  }
  return Status::Ok();
}

void Server::Stop() {
  impl_->stop_requested = true;
  while (impl_->in_run && !impl_->http.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

// ---- StopOnSignal ---------------------------------------------------------

namespace {

// The write end of the active StopOnSignal's pipe, for the handler.
volatile sig_atomic_t g_signal_pipe = -1;

extern "C" void WriteSignalToPipe(int sig) {
  const int saved_errno = errno;
  const char byte = static_cast<char>(sig);
  if (g_signal_pipe >= 0) {
    [[maybe_unused]] ssize_t n = write(g_signal_pipe, &byte, 1);
  }
  errno = saved_errno;
}

}  // namespace

StopOnSignal::StopOnSignal(Server* server) : server_(server) {
  if (pipe(pipe_) != 0) return;
  g_signal_pipe = pipe_[1];
  struct sigaction action {};
  action.sa_handler = WriteSignalToPipe;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  watcher_ = std::thread([this] {
    char byte = 0;
    while (true) {
      ssize_t n = read(pipe_[0], &byte, 1);
      if (n < 0 && errno == EINTR) continue;
      break;
    }
    // A zero byte is the destructor's wake-up call, not a signal.
    if (byte != 0) {
      signal_ = byte;
      server_->Stop();
    }
  });
}

StopOnSignal::~StopOnSignal() {
  if (pipe_[1] < 0) return;
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  g_signal_pipe = -1;
  const char wake = 0;
  [[maybe_unused]] ssize_t n = write(pipe_[1], &wake, 1);
  if (watcher_.joinable()) watcher_.join();
  close(pipe_[0]);
  close(pipe_[1]);
}

}  // namespace newsgraph::serve
