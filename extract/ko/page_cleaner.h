// Separates an article (headline, sub-headlines, captions, body) from page
// furniture: site menus, bylines, dateline tags, copyright lines, trailing
// outlet names and board listings of other articles. Offsets are kept: every
// segment is a byte range of the original text.
#ifndef NEWSGRAPH_EXTRACT_KO_PAGE_CLEANER_H_
#define NEWSGRAPH_EXTRACT_KO_PAGE_CLEANER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.h"

namespace newsgraph::extract::ko {

struct CleanedPage {
  std::vector<Segment> segments;  // in text order
  // A publication date the page itself states ("YYYY-MM-DD"), or "".
  std::string inferred_date;
  std::string inferred_date_reason;  // "dateline" / "listing dates around the article"
};

CleanedPage CleanPage(std::string_view text);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_PAGE_CLEANER_H_
