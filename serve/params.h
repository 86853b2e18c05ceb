// Reading and validating query parameters. Every failure becomes an
// ApiError naming the parameter, which Api::Handle turns into a 400 (or 404)
// JSON answer; ApiError never leaves serve/.
#ifndef NEWSGRAPH_SERVE_PARAMS_H_
#define NEWSGRAPH_SERVE_PARAMS_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "serve/api.h"

namespace newsgraph::serve {

struct ApiError {
  int status = 400;
  std::string message;
  std::string parameter;  // "" when the error is not about one parameter
};

class ParamReader {
 public:
  // Throws ApiError when a parameter is not in `allowed`, is given twice,
  // is longer than max_bytes or is not valid UTF-8.
  ParamReader(const Params& params, std::initializer_list<std::string_view> allowed,
              std::size_t max_bytes);

  // nullopt when absent or empty ("?q=" is the same as no q).
  std::optional<std::string> Get(std::string_view name) const;
  // Throws ApiError (400) when absent.
  std::string Require(std::string_view name) const;
  // An integer in [min, max]; `fallback` when absent. Throws ApiError (400)
  // when it is not a decimal integer or out of range.
  std::int64_t Integer(std::string_view name, std::int64_t fallback, std::int64_t min,
                       std::int64_t max) const;
  // Relation type names, comma-separated, each from the inventory.
  std::vector<std::string> Relations(std::string_view name) const;
  // from/to as ISO time values that graph::TimeRange understands.
  graph::TimeFilter Time(std::string_view from_name, std::string_view to_name) const;

 private:
  const Params& params_;
};

// A decimal integer, the whole string; nullopt otherwise.
std::optional<std::int64_t> ParseInteger(std::string_view text);

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_PARAMS_H_
