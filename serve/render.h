// DOT and SVG renderings of an ego selection for /api/graph.dot and .svg,
// through export/ (exporter::ToDot, Graphviz in-process).
#ifndef NEWSGRAPH_SERVE_RENDER_H_
#define NEWSGRAPH_SERVE_RENDER_H_

#include <optional>
#include <string>

#include "serve/ego_selection.h"

namespace newsgraph::serve {

// The Graphviz DOT text of the selection (export's drawing rules).
std::string RenderDot(const EgoSelection& selection);

// The selection drawn as SVG; nullopt with *error set when Graphviz fails.
// Graphviz is not thread-safe: export/ serialises these calls.
std::optional<std::string> RenderSvg(const EgoSelection& selection, std::string* error);

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_RENDER_H_
