// The page's files (data/web/*), embedded at build time so that the server
// needs no data directory and serves a fixed set of paths only.
#ifndef NEWSGRAPH_SERVE_WEB_ASSETS_H_
#define NEWSGRAPH_SERVE_WEB_ASSETS_H_

#include <string_view>

namespace newsgraph::serve {

struct WebAsset {
  std::string_view path;          // "/", "/app.js", "/style.css"
  std::string_view content_type;
  std::string_view body;
};

// nullptr when `path` is not one of the embedded files.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_WEB_ASSETS_H_
