// The first stage: a Document cut into normalised sentences that remember
// where they came from. Every later stage (times, entities, relations) reads
// an AnalyzedDocument.
#ifndef NEWSGRAPH_EXTRACT_ANALYSIS_H_
#define NEWSGRAPH_EXTRACT_ANALYSIS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/normalizer.h"

namespace newsgraph::extract {

enum class SegmentKind { kHeadline, kSubheadline, kCaption, kBody };

struct Segment {
  std::size_t begin = 0;  // byte offsets into the original text
  std::size_t end = 0;
  SegmentKind kind = SegmentKind::kBody;
};

struct AnalyzedSentence {
  SegmentKind kind = SegmentKind::kBody;
  bool in_title = false;   // from Document::title rather than Document::text
  std::size_t begin = 0;   // byte range in the field it came from
  std::size_t end = 0;
  NormalizedText norm;     // norm.origin maps into that same field
};

struct AnalyzedDocument {
  const Document* document = nullptr;
  // The anchor for relative times: Document::date, else a date the page
  // states, else "" (relative times stay unresolved).
  std::string anchor_date;
  std::vector<AnalyzedSentence> sentences;  // title first, then text order
};

// The warning for a document with no date at all. Callers print it once per
// run, not once per document.
inline constexpr const char* kNoDateWarning =
    "no publication date: relative times left unresolved";

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_ANALYSIS_H_
