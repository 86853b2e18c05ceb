#include "serve/render.h"

#include "export/dot.h"
#include "export/render.h"

namespace newsgraph::serve {

std::string RenderDot(const EgoSelection& selection) {
  return exporter::ToDot(selection.subgraph);
}

std::optional<std::string> RenderSvg(const EgoSelection& selection, std::string* error) {
  std::string svg;
  Status status = exporter::RenderGraph(selection.subgraph, exporter::ImageFormat::kSvg,
                                        exporter::RenderOptions{}, &svg);
  if (!status.ok()) {
    *error = status.message();
    return std::nullopt;
  }
  return svg;
}

}  // namespace newsgraph::serve
