#include "extract/ko/analysis.h"

#include "extract/sentence_splitter.h"

namespace newsgraph::extract::ko {
namespace {

void AddSentences(const std::string& field, const Segment& segment, bool in_title,
                  std::vector<AnalyzedSentence>* out) {
  for (const Span& span : SplitSentences(field, segment.begin, segment.end)) {
    AnalyzedSentence s;
    s.kind = segment.kind;
    s.in_title = in_title;
    s.begin = span.begin;
    s.end = span.end;
    s.norm = NormalizeWithOffsets(field, span.begin, span.end);
    out->push_back(std::move(s));
  }
}

}  // namespace

AnalyzedDocument AnalyzeDocument(const Document& document,
                                 const PageCleaner& cleaner,
                                 std::vector<std::string>* warnings) {
  AnalyzedDocument out;
  out.document = &document;
  if (!document.title.empty()) {
    AddSentences(document.title,
                 {0, document.title.size(), SegmentKind::kHeadline}, true,
                 &out.sentences);
  }
  CleanedPage page = cleaner.Clean(document.text);
  for (const Segment& segment : page.segments) {
    AddSentences(document.text, segment, false, &out.sentences);
  }
  out.anchor_date = document.date;
  if (out.anchor_date.empty() && !page.inferred_date.empty()) {
    out.anchor_date = page.inferred_date;
    warnings->push_back("no publication date given: using " + page.inferred_date +
                        " from the " + page.inferred_date_reason);
  } else if (out.anchor_date.empty()) {
    warnings->push_back(kNoDateWarning);
  }
  return out;
}

}  // namespace newsgraph::extract::ko
