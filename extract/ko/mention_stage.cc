// The Korean rule recognisers as one mention stage over a document.
#include "extract/ko/stages.h"

#include "extract/ko/recognizer_text.h"

namespace newsgraph::extract::ko {
namespace {

// Whether a key of `trie` starts at some word of the sentence (or right
// after a leading ㈜, where names start too).
bool StartsAnyWord(const PhraseTrie& trie, const SentenceView& view) {
  using recognizer::kCorpMark;
  for (const Token& t : view.tokens) {
    if (t.is_punct) continue;
    std::size_t start = t.begin;
    if (view.text.substr(start, kCorpMark.size()) == kCorpMark)
      start += kCorpMark.size();
    if (trie.Longest(view.text, start).value != PhraseTrie::kNone) return true;
  }
  return false;
}

}  // namespace

void RuleMentionFinder::FindMentions(DocumentContext* document) const {
  // The first finder: the table is still empty, and the Korean company
  // marks (㈜, (주)) make "㈜한빛" a mention of 한빛 too.
  document->table = EntityTable(r_->words.company_marks);
  for (SentenceView& view : document->sentences) {
    recognizer_.Recognize(&view, &document->table, nullptr);
  }
  // A sentence where no learnt name starts a word would come out of the
  // second pass as it came out of the first: it keeps its first reading.
  const PhraseTrie known = EntityRecognizer::KnownNames(document->table);
  for (SentenceView& view : document->sentences) {
    if (StartsAnyWord(known, view))
      recognizer_.Recognize(&view, &document->table, &known);
  }
  document->table.PreferWrittenNames();
}

}  // namespace newsgraph::extract::ko
