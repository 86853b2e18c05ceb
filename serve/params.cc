#include "serve/params.h"

#include <algorithm>
#include <charconv>

#include "core/relation_types.h"
#include "core/utf8.h"

namespace newsgraph::serve {
namespace {

std::string Quote(std::string_view s) {
  // Error messages echo at most a short prefix of what was sent.
  constexpr std::size_t kMaxEcho = 60;
  std::string out = "\"";
  out.append(s.substr(0, kMaxEcho));
  if (s.size() > kMaxEcho) out += "...";
  return out + "\"";
}

[[noreturn]] void Fail(std::string_view name, std::string message) {
  throw ApiError{400, std::move(message), std::string(name)};
}

}  // namespace

std::optional<std::int64_t> ParseInteger(std::string_view text) {
  std::int64_t value = 0;
  if (text.empty()) return std::nullopt;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

ParamReader::ParamReader(const Params& params, std::initializer_list<std::string_view> allowed,
                         std::size_t max_bytes)
    : params_(params) {
  for (auto it = params.begin(); it != params.end(); ++it) {
    const std::string& name = it->first;
    // Names are echoed back in the error, so they are checked first.
    if (name.size() > 64 || newsgraph::FindInvalidUtf8(name) != std::string_view::npos) {
      throw ApiError{400, "unknown parameter", ""};
    }
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      Fail(name, "unknown parameter " + Quote(name));
    }
    if (params.count(name) > 1) Fail(name, "parameter \"" + name + "\" is given more than once");
    if (it->second.size() > max_bytes) {
      Fail(name, "parameter \"" + name + "\" is longer than " + std::to_string(max_bytes) +
                     " bytes");
    }
    if (newsgraph::FindInvalidUtf8(it->second) != std::string_view::npos) {
      Fail(name, "parameter \"" + name + "\" is not valid UTF-8");
    }
  }
}

std::optional<std::string> ParamReader::Get(std::string_view name) const {
  auto it = params_.find(std::string(name));
  if (it == params_.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

std::string ParamReader::Require(std::string_view name) const {
  std::optional<std::string> value = Get(name);
  if (!value) Fail(name, "missing parameter \"" + std::string(name) + "\"");
  return *value;
}

std::int64_t ParamReader::Integer(std::string_view name, std::int64_t fallback,
                                  std::int64_t min, std::int64_t max) const {
  std::optional<std::string> text = Get(name);
  if (!text) return fallback;
  std::optional<std::int64_t> value = ParseInteger(*text);
  const std::string range = " (" + std::to_string(min) + " to " + std::to_string(max) + ")";
  if (!value) {
    Fail(name, "parameter \"" + std::string(name) + "\" must be an integer" + range +
                   ", got " + Quote(*text));
  }
  if (*value < min || *value > max) {
    Fail(name, "parameter \"" + std::string(name) + "\" is out of range" + range + ": " +
                   std::to_string(*value));
  }
  return *value;
}

std::vector<std::string> ParamReader::Relations(std::string_view name) const {
  std::vector<std::string> out;
  std::optional<std::string> text = Get(name);
  if (!text) return out;
  std::string_view rest = *text;
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    if (item.empty()) continue;
    if (!newsgraph::FindRelationType(item)) {
      Fail(name, "unknown relation type " + Quote(item));
    }
    if (std::find(out.begin(), out.end(), item) == out.end()) out.emplace_back(item);
  }
  return out;
}

graph::TimeFilter ParamReader::Time(std::string_view from_name, std::string_view to_name) const {
  graph::TimeFilter filter;
  std::optional<std::pair<std::string, std::string>> from_range, to_range;
  if (std::optional<std::string> from = Get(from_name)) {
    from_range = graph::TimeRange(*from);
    if (!from_range) {
      Fail(from_name, "parameter \"" + std::string(from_name) +
                          "\" is not a time value (2025, 2025-02, 2025-02-04, 2025-Q1): " +
                          Quote(*from));
    }
    filter.from = *from;
  }
  if (std::optional<std::string> to = Get(to_name)) {
    to_range = graph::TimeRange(*to);
    if (!to_range) {
      Fail(to_name, "parameter \"" + std::string(to_name) +
                        "\" is not a time value (2025, 2025-02, 2025-02-04, 2025-Q1): " +
                        Quote(*to));
    }
    filter.to = *to;
  }
  if (from_range && to_range && from_range->first > to_range->second) {
    Fail(from_name, "\"" + std::string(from_name) + "\" is after \"" + std::string(to_name) + "\"");
  }
  return filter;
}

}  // namespace newsgraph::serve
