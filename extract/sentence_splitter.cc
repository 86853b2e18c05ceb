#include "extract/sentence_splitter.h"

namespace newsgraph::extract {

// First cut: split at newlines. Replaced by the ICU-based splitter.
std::vector<Span> SplitSentences(std::string_view text, std::size_t begin,
                                 std::size_t end) {
  std::vector<Span> out;
  std::size_t start = begin;
  for (std::size_t i = begin; i <= end; ++i) {
    if (i == end || text[i] == '\n') {
      if (i > start) out.push_back({start, i});
      start = i + 1;
    }
  }
  return out;
}

}  // namespace newsgraph::extract
