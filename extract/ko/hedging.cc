#include "extract/ko/hedging.h"

#include "core/utf8.h"

namespace newsgraph::extract::ko {

bool IsHedged(const Resources& resources, std::string_view text, std::size_t from,
              std::size_t to) {
  bool hedged = false;
  std::size_t pos = from;
  const std::string_view range = text.substr(0, to);
  while (pos < range.size()) {
    const PhraseTrie::Match m = resources.hedge_cues.Longest(range, pos);
    if (m.value != PhraseTrie::kNone) {
      hedged = m.value == 1;
      pos += m.length;
      continue;
    }
    DecodeUtf8(range, &pos);
  }
  return hedged;
}

}  // namespace newsgraph::extract::ko
