// Separates an article (headline, sub-headlines, captions, body) from page
// furniture: site menus, bylines, dateline tags, copyright lines, trailing
// outlet names and board listings of other articles. Offsets are kept: every
// segment is a byte range of the original text. What furniture looks like is
// data: page_words.h.
#ifndef NEWSGRAPH_EXTRACT_KO_PAGE_CLEANER_H_
#define NEWSGRAPH_EXTRACT_KO_PAGE_CLEANER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/analysis.h"
#include "extract/ko/page_words.h"

namespace newsgraph::extract::ko {

struct CleanedPage {
  std::vector<Segment> segments;  // in text order
  // A publication date the page itself states ("YYYY-MM-DD"), or "".
  std::string inferred_date;
  std::string inferred_date_reason;  // "dateline" / "listing dates around the article"
};

// Cleans pages with the words and furniture patterns of a PageWords. Built
// once (Load) and shared: Clean is const and thread-safe.
class PageCleaner {
 public:
  // Knows no words and no furniture patterns: only the shapes of lines
  // (dateline tags, listing rows, headlines before the body) are used. A
  // moved-from cleaner may only be assigned to or destroyed.
  PageCleaner();
  ~PageCleaner();
  PageCleaner(PageCleaner&&) noexcept;
  PageCleaner& operator=(PageCleaner&&) noexcept;

  // Compiles the furniture patterns of `words` into *out. A pattern that
  // does not compile is InvalidInput `source:line: bad pattern (why): "..."`
  // (all of them, one a line); *out is then unchanged.
  static Status Create(PageWords words, PageCleaner* out);
  // PageWords::Load(dir), then Create: `dir` is data/lexicon/ko.
  static Status Load(const std::string& dir, PageCleaner* out,
                     std::vector<std::string>* warnings);

  CleanedPage Clean(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_PAGE_CLEANER_H_
