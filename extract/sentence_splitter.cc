#include "extract/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "core/utf8.h"

namespace newsgraph::extract {
namespace {

// Quotes longer than this are taken to be unbalanced rather than a quotation.
constexpr std::size_t kMaxQuoteBytes = 600;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// ICU's sentence rules: one iterator per thread, cloned once from a shared
// prototype (creating one loads rule data) and reset by setText for every
// segment (a clone per segment cost more than the iteration).
icu::BreakIterator* SentenceIterator() {
  static std::once_flag once;
  static icu::BreakIterator* prototype = nullptr;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    prototype = icu::BreakIterator::createSentenceInstance(icu::Locale("ko"), status);
    if (U_FAILURE(status)) prototype = nullptr;
  });
  if (prototype == nullptr) return nullptr;
  thread_local std::unique_ptr<icu::BreakIterator> iterator(prototype->clone());
  return iterator.get();
}

// Returns the byte offset where an opening quote at `pos` closes, or npos.
std::size_t ClosingQuote(std::string_view text, std::size_t pos, std::size_t end,
                         char32_t open) {
  const char32_t close = open == U'“' ? U'”' : open == U'‘' ? U'’' : open;
  std::size_t i = pos;
  DecodeUtf8(text, &i);
  while (i < end && i - pos < kMaxQuoteBytes) {
    const std::size_t at = i;
    const char32_t c = DecodeUtf8(text, &i);
    if (c == close) return at;
    if (c == '\n') return std::string_view::npos;
  }
  return std::string_view::npos;
}

// Byte ranges [open, close] of quotations in text[begin, end): a break inside
// one is not a sentence end ("“…했다. …했다”고 말했다").
std::vector<Span> FindQuotations(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Span> quotes;
  std::size_t i = begin;
  while (i < end) {
    const std::size_t at = i;
    const char32_t c = DecodeUtf8(text, &i);
    if (c != U'“' && c != '"' && c != U'‘') continue;
    const std::size_t close = ClosingQuote(text, at, end, c);
    if (close == std::string_view::npos) continue;
    quotes.push_back({at, close});
    i = close;
    DecodeUtf8(text, &i);
  }
  return quotes;
}

bool InsideQuotation(const std::vector<Span>& quotes, std::size_t pos) {
  for (const Span& q : quotes) {
    if (pos > q.begin && pos <= q.end) return true;
  }
  return false;
}

// ICU does not break "했다.한빛은" or "했다.12일" when no space follows the
// stop (pages lose the space between paragraphs); add a break after "다."
// followed by Hangul or a digit. "다" ends no number, so "1.5" stays whole.
bool IsRunTogetherBreak(std::string_view text, std::size_t pos) {
  if (pos < 4 || pos >= text.size() || text.substr(pos - 4, 4) != "다.") return false;
  const auto next = static_cast<unsigned char>(text[pos]);
  return (next >= 0xEA && next <= 0xED) || (next >= '0' && next <= '9');
}

void AddTrimmed(std::string_view text, std::size_t b, std::size_t e,
                std::vector<Span>* out) {
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  if (e > b) out->push_back({b, e});
}

std::vector<std::size_t> IcuBreaks(std::string_view text, std::size_t begin,
                                   std::size_t end) {
  std::vector<std::size_t> breaks;
  icu::BreakIterator* it = SentenceIterator();
  if (it == nullptr) return breaks;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + begin,
                             static_cast<int64_t>(end - begin), &status);
  it->setText(ut, status);
  // With a UTF-8 UText, ICU's boundaries are byte offsets.
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    breaks.push_back(begin + static_cast<std::size_t>(b));
  }
  utext_close(ut);
  return breaks;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, std::size_t begin,
                                 std::size_t end) {
  std::vector<std::size_t> candidates = IcuBreaks(text, begin, end);
  for (std::size_t i = begin + 4; i < end; ++i) {
    if (text[i - 1] == '.' && IsRunTogetherBreak(text, i)) candidates.push_back(i);
  }
  std::sort(candidates.begin(), candidates.end());
  const std::vector<Span> quotes = FindQuotations(text, begin, end);
  std::vector<Span> out;
  std::size_t start = begin;
  for (std::size_t b : candidates) {
    if (b <= start || b >= end || InsideQuotation(quotes, b)) continue;
    AddTrimmed(text, start, b, &out);
    start = b;
  }
  AddTrimmed(text, start, end, &out);
  return out;
}

}  // namespace newsgraph::extract
