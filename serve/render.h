// DOT and SVG renderings of an ego selection for /api/graph.dot and .svg.
#ifndef NEWSGRAPH_SERVE_RENDER_H_
#define NEWSGRAPH_SERVE_RENDER_H_

#include <optional>
#include <string>

#include "serve/ego_selection.h"

namespace newsgraph::serve {

// A Graphviz DOT digraph: entities labelled by name (the center filled),
// events as edges labelled "relation time" (symmetric ones undirected,
// hedged-only ones dashed).
std::string RenderDot(const EgoSelection& selection, graph::EntityId center);

// SVG of the same drawing; nullopt (with *error set) when it cannot be rendered.
std::optional<std::string> RenderSvg(const EgoSelection& selection, graph::EntityId center,
                                     std::string* error);

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_RENDER_H_
