# Writes a C++ file that embeds the page's files (serve/web_assets.h).
# Run as: cmake -DOUT=file.cc -DWEB_DIR=data/web -P embed_web.cmake
set(assets
  "/|index.html|text/html"
  "/app.js|app.js|text/javascript"
  "/style.css|style.css|text/css"
)
set(arrays "")
set(table "")
set(n 0)
foreach(asset IN LISTS assets)
  string(REPLACE "|" ";" parts "${asset}")
  list(GET parts 0 url)
  list(GET parts 1 file)
  list(GET parts 2 type)
  file(READ "${WEB_DIR}/${file}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
  string(APPEND arrays "const unsigned char kAsset${n}[] = {\n${bytes}0};\n")
  string(APPEND table "    {\"${url}\", \"${type}; charset=utf-8\", {reinterpret_cast<const char*>(kAsset${n}), sizeof(kAsset${n}) - 1}},\n")
  math(EXPR n "${n} + 1")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from data/web by serve/embed_web.cmake: do not edit.
#include \"serve/web_assets.h\"

namespace newsgraph::serve {
namespace {

${arrays}
const WebAsset kAssets[] = {
${table}};

}  // namespace

const WebAsset* FindWebAsset(std::string_view path) {
  for (const WebAsset& asset : kAssets) {
    if (asset.path == path) return &asset;
  }
  return nullptr;
}

}  // namespace newsgraph::serve
")
file(RENAME "${OUT}.tmp" "${OUT}")
