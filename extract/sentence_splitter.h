// Sentence splitting for Korean news: ICU's BreakIterator plus the rules that
// news needs (run-together "했다.두산은", full stops inside quotes, "…" in
// headlines, "다." endings).
#ifndef NEWSGRAPH_EXTRACT_SENTENCE_SPLITTER_H_
#define NEWSGRAPH_EXTRACT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

struct Span {
  std::size_t begin = 0;  // byte offsets
  std::size_t end = 0;
};

// Splits text[begin, end) into sentences with surrounding spaces trimmed.
std::vector<Span> SplitSentences(std::string_view text, std::size_t begin,
                                 std::size_t end);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_SENTENCE_SPLITTER_H_
