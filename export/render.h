// Renders graphs to SVG, PNG or PDF in-process through Graphviz's libraries
// (cgraph + gvc), not by running the dot program.
#ifndef NEWSGRAPH_EXPORT_RENDER_H_
#define NEWSGRAPH_EXPORT_RENDER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "export/dot.h"
#include "core/status.h"
#include "graph/graph_view.h"

namespace newsgraph::exporter {

enum class ImageFormat { kSvg, kPng, kPdf };

// Graphviz's name of the format ("svg", "png", "pdf"; PNG and PDF go
// through cairo).
std::string_view ImageFormatName(ImageFormat format);

// Measured with bench/export_bench.cc on news-like synthetic graphs (CPU
// time, layout + SVG; docs/export-json.md has the table): dot 100 nodes
// 0.1 s, 200 0.45 s, 300 2-3.4 s (its layered layout with edge labels grows
// steeply); sfdp 200 nodes 0.12 s, 1,000 1.5 s, 2,000 3.5 s. dot draws small
// graphs far more readably, so it is used while it stays under about half a
// second.
inline constexpr std::size_t kDotLayoutMaxNodes = 200;
// Beyond this even sfdp gives a hairball nobody can read: refuse and
// suggest a filter.
inline constexpr std::size_t kMaxRenderNodes = 2000;

struct RenderOptions {
  std::string layout;  // "" = choose by size (ChooseLayout); else dot, sfdp, neato, fdp, circo, twopi
  std::size_t max_nodes = kMaxRenderNodes;
  DotOptions dot;
};

// "dot" up to kDotLayoutMaxNodes entities, "sfdp" beyond.
std::string ChooseLayout(std::size_t nodes);

// Lays out `dot_text` with `layout` and renders it in `format` into *out.
// InvalidInput with Graphviz's message when the text does not parse or the
// layout engine is unknown; Internal when rendering fails. Thread-safe:
// Graphviz is not, so calls are serialised with a process-wide mutex.
Status RenderDot(std::string_view dot_text, std::string_view layout, ImageFormat format,
                 std::string* out);

// ToDot + RenderDot with the layout chosen by size (or options.layout).
// InvalidInput, suggesting --center/--hops and --min-sources, when the graph
// has more than options.max_nodes entities: nothing is laid out.
Status RenderGraph(const graph::Subgraph& graph, ImageFormat format,
                   const RenderOptions& options, std::string* out);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_RENDER_H_
