#include "serve/render.h"

#include "extract/extraction.h"

namespace newsgraph::serve {
namespace {

// A DOT double-quoted string: quotes and backslashes escaped, line breaks
// as spaces, so no name can end the string or the statement.
std::string DotQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

std::string RenderDot(const EgoSelection& selection, graph::EntityId center) {
  std::string dot = "digraph newsgraph {\n  graph [rankdir=LR, fontname=\"NanumGothic\"];\n"
                    "  node [shape=box, style=rounded, fontname=\"NanumGothic\"];\n"
                    "  edge [fontname=\"NanumGothic\", fontsize=10];\n";
  for (const graph::EntityView& entity : selection.subgraph.entities) {
    dot += "  e" + std::to_string(entity.id) + " [label=" + DotQuote(entity.name) +
           ", tooltip=" + DotQuote(std::string(extract::EntityTypeName(entity.type)));
    if (entity.id == center) dot += ", style=\"rounded,filled\", fillcolor=\"#ffe8a8\"";
    dot += "];\n";
  }
  for (const graph::EventView& event : selection.subgraph.events) {
    std::string label = event.relation;
    if (!event.time.empty()) label += " " + event.time;
    dot += "  e" + std::to_string(event.subject) + " -> e" + std::to_string(event.object) +
           " [label=" + DotQuote(label) + ", id=" + DotQuote("event" + std::to_string(event.id));
    if (event.symmetric) dot += ", dir=none";
    if (!event.stated) dot += ", style=dashed";
    dot += "];\n";
  }
  return dot + "}\n";
}

std::optional<std::string> RenderSvg(const EgoSelection&, graph::EntityId, std::string* error) {
  *error = "SVG rendering is not available in this build; use /api/graph.dot or /api/graph";
  return std::nullopt;
}

}  // namespace newsgraph::serve
