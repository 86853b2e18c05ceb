#include "export/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <array>
#include <mutex>

namespace newsgraph::exporter {
namespace {

// Graphviz keeps global state (the parser, the error hook, plugin tables):
// every call into it holds this lock.
std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

// Error messages Graphviz reports while the lock is held; agerr calls the
// hook with one formatted line at a time.
std::string* g_errors = nullptr;

int CollectError(char* message) {
  if (g_errors != nullptr) *g_errors += message;
  return 0;
}

// One context for the process: loading the plugins costs more than a small
// layout. Created on first use under the lock, never freed.
GVC_t* Context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

bool KnownLayout(std::string_view layout) {
  static constexpr std::array<std::string_view, 7> kLayouts = {
      "dot", "sfdp", "neato", "fdp", "circo", "twopi", "osage"};
  for (std::string_view known : kLayouts) {
    if (layout == known) return true;
  }
  return false;
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// Settings for the force layouts: no overlapping nodes, edges drawn below
// nodes, and straight edges: spline routing around obstacles (the DOT asks
// for splines=true, right for dot) costs sfdp 20 s at 200 nodes instead of
// a tenth of a second.
void TuneForceLayout(Agraph_t* g) {
  agsafeset(g, const_cast<char*>("overlap"), const_cast<char*>("prism"), const_cast<char*>(""));
  agsafeset(g, const_cast<char*>("splines"), const_cast<char*>("line"), const_cast<char*>(""));
  agsafeset(g, const_cast<char*>("outputorder"), const_cast<char*>("edgesfirst"),
            const_cast<char*>(""));
}

}  // namespace

std::string_view ImageFormatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::kSvg: return "svg";
    case ImageFormat::kPng: return "png";
    case ImageFormat::kPdf: return "pdf";
  }
  return "svg";
}

std::string ChooseLayout(std::size_t nodes) {
  return nodes <= kDotLayoutMaxNodes ? "dot" : "sfdp";
}

Status RenderDot(std::string_view dot_text, std::string_view layout, ImageFormat format,
                 std::string* out) {
  if (!KnownLayout(layout)) {
    return Status::InvalidInput("--layout \"" + std::string(layout) +
                                "\": unknown layout engine (dot, sfdp, neato, fdp, circo, twopi, osage)");
  }
  const std::string text(dot_text);  // agmemread wants a NUL-terminated string
  const std::string engine(layout);
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  std::string errors;
  g_errors = &errors;
  const agusererrf previous = agseterrf(CollectError);
  GVC_t* gvc = Context();
  Status status;
  Agraph_t* g = agmemread(text.c_str());
  if (g == nullptr) {
    status = Status::InvalidInput("Graphviz could not read the DOT text: " + Trimmed(errors));
  } else {
    if (engine == "sfdp" || engine == "neato" || engine == "fdp") TuneForceLayout(g);
    if (gvLayout(gvc, g, engine.c_str()) != 0) {
      status = Status::Internal("Graphviz layout \"" + engine + "\" failed: " + Trimmed(errors));
    } else {
      char* data = nullptr;
      unsigned int length = 0;
      const std::string name(ImageFormatName(format));
      if (gvRenderData(gvc, g, name.c_str(), &data, &length) != 0 || data == nullptr) {
        status = Status::Internal("Graphviz could not render " + name + ": " + Trimmed(errors));
      } else {
        out->assign(data, length);
      }
      if (data != nullptr) gvFreeRenderData(data);
      gvFreeLayout(gvc, g);
    }
    agclose(g);
  }
  agseterrf(previous);
  g_errors = nullptr;
  return status;
}

Status RenderGraph(const graph::Subgraph& graph, ImageFormat format,
                   const RenderOptions& options, std::string* out) {
  const std::size_t nodes = graph.entities.size();
  if (nodes > options.max_nodes) {
    return Status::InvalidInput(
        "the graph has " + std::to_string(nodes) + " entities, more than the " +
        std::to_string(options.max_nodes) +
        " that can be laid out readably; narrow it with --center ENTITY --hops 1 or 2, "
        "--min-sources 2, --relation or --from/--to, or export json/graphml/gexf instead");
  }
  const std::string layout = options.layout.empty() ? ChooseLayout(nodes) : options.layout;
  return RenderDot(ToDot(graph, options.dot), layout, format, out);
}

}  // namespace newsgraph::exporter
