#include "extract/page_cleaner.h"

namespace newsgraph::extract {

// First cut: the whole text is body. Replaced by the real cleaner.
CleanedPage CleanPage(std::string_view text) {
  CleanedPage page;
  page.segments.push_back({0, text.size(), SegmentKind::kBody});
  return page;
}

}  // namespace newsgraph::extract
