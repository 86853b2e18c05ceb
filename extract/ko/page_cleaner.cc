#include "extract/ko/page_cleaner.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <string.h>  // memmem

#include <algorithm>
#include <memory>
#include <mutex>

#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

struct Range {
  std::size_t begin;
  std::size_t end;
};

// The inline furniture (bylines, agency datelines, e-mail signatures, photo
// credits, promotion links, copyright) is data: page_furniture.tsv. Each
// pattern runs only in a window around a literal trigger (a cheap find), so
// the cost grows with the furniture, not with the article.
using Patterns = std::vector<std::unique_ptr<icu::RegexPattern>>;
using Matchers = std::vector<std::unique_ptr<icu::RegexMatcher>>;

// One matcher per pattern for each Clean call running at a time, kept for
// the next calls: creating a matcher allocates its backtracking stack, which
// cost more than most matches.
class MatcherPool {
 public:
  std::unique_ptr<Matchers> Take(const Patterns& patterns) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!free_.empty()) {
        std::unique_ptr<Matchers> m = std::move(free_.back());
        free_.pop_back();
        return m;
      }
    }
    auto m = std::make_unique<Matchers>();
    for (const auto& pattern : patterns) {
      UErrorCode status = U_ZERO_ERROR;
      m->emplace_back(pattern->matcher(status));
      if (U_FAILURE(status)) m->back().reset();
    }
    return m;
  }
  void Give(std::unique_ptr<Matchers> m) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(m));
  }

 private:
  std::mutex mutex_;
  std::vector<std::unique_ptr<Matchers>> free_;
};

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves a byte offset back to the start of its UTF-8 sequence.
std::size_t AlignBack(std::string_view text, std::size_t pos) {
  while (pos > 0 && pos < text.size() && IsUtf8Continuation(text[pos])) --pos;
  return pos;
}

// view.find(trigger) from `from`, by memmem: std::string_view::find stops
// with memchr at every copy of the trigger's first byte, and the lead byte
// of a Hangul trigger is every third byte of Korean text.
std::size_t FindTrigger(std::string_view view, std::string_view trigger, std::size_t from) {
  if (from > view.size()) return std::string_view::npos;
  const void* hit =
      memmem(view.data() + from, view.size() - from, trigger.data(), trigger.size());
  return hit == nullptr ? std::string_view::npos
                        : static_cast<std::size_t>(static_cast<const char*>(hit) - view.data());
}

// Windows [begin, end) around each trigger of `rule` in `line`, merged.
std::vector<Range> TriggerWindows(std::string_view text, Range line,
                                  const FurnitureRule& rule) {
  std::vector<Range> windows;
  const std::string_view view = text.substr(line.begin, line.end - line.begin);
  for (std::string_view trigger : rule.triggers) {
    if (trigger.empty()) continue;
    for (std::size_t at = FindTrigger(view, trigger, 0); at != std::string_view::npos;
         at = FindTrigger(view, trigger, at + trigger.size())) {
      const std::size_t b = at > rule.before ? at - rule.before : 0;
      const std::size_t e = std::min(view.size(), at + trigger.size() + rule.after);
      windows.push_back({AlignBack(text, line.begin + b), AlignBack(text, line.begin + e)});
      if (windows.back().end < line.begin + e) windows.back().end = line.begin + e;
    }
  }
  std::sort(windows.begin(), windows.end(),
            [](const Range& a, const Range& b) { return a.begin < b.begin; });
  std::vector<Range> merged;
  for (const Range& w : windows) {
    if (!merged.empty() && w.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, w.end);
    } else {
      merged.push_back(w);
    }
  }
  return merged;
}

// Whether one of `words` occurs in `s`.
bool HasAny(std::string_view s, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return s.find(w) != std::string_view::npos;
  });
}

// Appends the match [s, e) of `rule` to *found.
void AddMatch(std::string_view text, Range line, const FurnitureRule& rule,
              const PageWords& words, std::size_t s, std::size_t e,
              std::vector<Range>* found) {
  if (rule.to_line_end && !HasAny(text.substr(e, line.end - e), words.sentence_ends)) {
    e = line.end;
  }
  if (e > s) found->push_back({s, e});
}

// The byte where a window stops being valid UTF-8 only because its end cuts
// a sequence that is valid in the text (window ends need not be aligned),
// w.end when it is valid throughout, npos otherwise. ICU reads the cut
// bytes, a proper prefix of a valid sequence, as one U+FFFD.
std::size_t ValidUpTo(std::string_view text, Range w) {
  const std::size_t bad = FindInvalidUtf8(text.substr(w.begin, w.end - w.begin));
  if (bad == std::string_view::npos) return w.end;
  const std::size_t cut = w.begin + bad;
  std::size_t next = cut;
  DecodeUtf8(text, &next);
  if (next > w.end && FindInvalidUtf8(text.substr(cut, next - cut)) == std::string_view::npos) {
    return cut;
  }
  return std::string_view::npos;
}

// The window as UTF-16, which ICU matches several times faster than UTF-8
// through UText (UTF-16 input is matched in place, UTF-8 converted chunk by
// chunk); *byte_at maps every UTF-16 index, and the end, to its byte offset.
// text[w.begin, valid_end) is valid UTF-8, so both read the same code points;
// a cut sequence after it is the U+FFFD that UText reads.
void ToUtf16(std::string_view text, Range w, std::size_t valid_end, icu::UnicodeString* u,
             std::vector<std::size_t>* byte_at) {
  u->remove();
  byte_at->clear();
  std::size_t pos = w.begin;
  while (pos < valid_end) {
    const std::size_t at = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    u->append(static_cast<UChar32>(c));
    byte_at->resize(static_cast<std::size_t>(u->length()), at);
  }
  if (valid_end < w.end) {
    u->append(static_cast<UChar32>(0xFFFD));
    byte_at->push_back(valid_end);
  }
  byte_at->push_back(w.end);
}

void FindRuleMatches(std::string_view text, Range line, const FurnitureRule& rule,
                     const PageWords& words, icu::RegexMatcher* m,
                     std::vector<Range>* found) {
  thread_local icu::UnicodeString u;
  thread_local std::vector<std::size_t> byte_at;
  for (const Range& w : TriggerWindows(text, line, rule)) {
    UErrorCode status = U_ZERO_ERROR;
    if (const std::size_t valid_end = ValidUpTo(text, w);
        valid_end != std::string_view::npos) {
      ToUtf16(text, w, valid_end, &u, &byte_at);
      m->reset(u);
      while (m->find()) {
        AddMatch(text, line, rule, words, byte_at[static_cast<std::size_t>(m->start(status))],
                 byte_at[static_cast<std::size_t>(m->end(status))], found);
      }
      continue;
    }
    // ICU regular expressions run over the UTF-8 bytes through UText, so
    // match positions are byte offsets into the original text.
    UText* ut = utext_openUTF8(nullptr, text.data() + w.begin,
                               static_cast<int64_t>(w.end - w.begin), &status);
    if (U_FAILURE(status)) {
      utext_close(ut);
      return;
    }
    m->reset(ut);
    while (m->find()) {
      AddMatch(text, line, rule, words, w.begin + static_cast<std::size_t>(m->start64(status)),
               w.begin + static_cast<std::size_t>(m->end64(status)), found);
    }
    utext_close(ut);
  }
}

// Byte ranges of inline furniture in one line, sorted and merged.
// matchers[i] runs words.furniture[i].
std::vector<Range> FindInlineFurniture(std::string_view text, Range line,
                                       const PageWords& words, const Matchers& matchers) {
  std::vector<Range> found;
  for (std::size_t i = 0; i < words.furniture.size(); ++i) {
    if (icu::RegexMatcher* m = matchers[i].get()) {
      FindRuleMatches(text, line, words.furniture[i], words, m, &found);
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Range& a, const Range& b) { return a.begin < b.begin; });
  std::vector<Range> merged;
  for (const Range& r : found) {
    if (!merged.empty() && r.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, r.end);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Trims ASCII and no-break spaces (U+00A0 as C2 A0) from both ends.
Range Trim(std::string_view text, Range r) {
  for (;;) {
    if (r.begin < r.end && IsSpace(text[r.begin])) {
      ++r.begin;
    } else if (r.begin + 1 < r.end && text.substr(r.begin, 2) == "\xC2\xA0") {
      r.begin += 2;
    } else {
      break;
    }
  }
  for (;;) {
    if (r.end > r.begin && IsSpace(text[r.end - 1])) {
      --r.end;
    } else if (r.end >= r.begin + 2 && text.substr(r.end - 2, 2) == "\xC2\xA0") {
      r.end -= 2;
    } else {
      break;
    }
  }
  return r;
}

std::vector<Range> SplitLines(std::string_view text) {
  std::vector<Range> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      lines.push_back({start, i});
      start = i + 1;
    }
  }
  return lines;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "YYYY.MM.DD" or "YYYY-MM-DD" at text[pos]; returns "YYYY-MM-DD" or "".
std::string DateAt(std::string_view s, std::size_t pos) {
  if (pos + 10 > s.size()) return "";
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[pos + i])) return "";
  }
  const char sep = s[pos + 4];
  if ((sep != '.' && sep != '-') || s[pos + 7] != sep) return "";
  std::string out(s.substr(pos, 10));
  out[4] = out[7] = '-';
  return out;
}

// A row of a board listing: "47161 title ... 2025.02.05".
std::string ListingRowDate(std::string_view line) {
  if (line.size() < 14 || !IsDigit(line[0])) return "";
  std::size_t i = 0;
  while (i < line.size() && IsDigit(line[i])) ++i;
  if (i > 9 || i >= line.size() || line[i] != ' ') return "";
  return DateAt(line, line.size() - 10);
}

// "입력 2025.02.04 10:15", "기사입력 : 2025-02-04": the page's own dateline.
std::string DatelineDate(std::string_view line, const PageWords& words) {
  for (std::string_view marker : words.dateline_markers) {
    if (line.substr(0, marker.size()) != marker) continue;
    std::size_t pos = marker.size();
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == ':')) ++pos;
    return DateAt(line, pos);
  }
  return "";
}

// "번호 제목 글쓴이 날짜": a short line with every listing header word.
bool IsListingHeader(std::string_view line, const PageWords& words) {
  const auto& header = words.listing_header_words;
  return !header.empty() && line.size() < 60 &&
         std::all_of(header.begin(), header.end(), [&](const std::string& w) {
           return line.find(w) != std::string_view::npos;
         });
}

// "[서울경제]": a bare dateline tag on its own line.
bool IsDatelineTag(std::string_view line) {
  return line.size() >= 3 && line.size() <= 40 && line.front() == '[' &&
         line.back() == ']' && line.find(' ') == std::string_view::npos;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A sentence-like line ends in "다." or another full stop; headlines do not.
bool LooksLikeProse(std::string_view line, const PageWords& words) {
  return std::any_of(words.prose_endings.begin(), words.prose_endings.end(),
                     [&](const std::string& e) { return EndsWith(line, e); });
}

// The length of a credit ("김하준 기자") at the end of `line` whose name
// ends at byte name_end, before the space and the title; 0 when no Hangul
// name of two to four syllables stands there.
std::size_t CreditLength(std::string_view line, std::size_t name_end) {
  std::size_t name_begin = name_end;
  while (name_begin >= 3 && name_end - name_begin < 12 &&
         static_cast<unsigned char>(line[name_begin - 3]) >= 0xEA &&
         static_cast<unsigned char>(line[name_begin - 3]) <= 0xED) {
    name_begin -= 3;
  }
  const std::size_t syllables = (name_end - name_begin) / 3;
  if (syllables < 2 || syllables > 4) return 0;
  if (name_begin > 0 && line[name_begin - 1] != ' ') return 0;
  return line.size() - name_begin;
}

// Length in bytes of a trailing photographer credit "김하준 기자" (Hangul
// name, a space, a credit title), or 0.
std::size_t TrailingCreditLength(std::string_view line, const PageWords& words) {
  for (const std::string& title : words.credit_titles) {
    if (line.size() > title.size() && EndsWith(line, title) &&
        line[line.size() - title.size() - 1] == ' ') {
      return CreditLength(line, line.size() - title.size() - 1);
    }
  }
  return 0;
}

// The cleaning of one page.
class PageRun {
 public:
  PageRun(std::string_view text, const PageWords& words, const Matchers& matchers)
      : text_(text), words_(words), matchers_(matchers) {}

  CleanedPage Run() {
    std::vector<Range> lines = SplitLines(text_);
    const std::size_t listing = FindListingStart(lines);
    const std::size_t last = LastContentLine(lines, listing);
    bool in_header = true;
    for (std::size_t i = 0; i < listing; ++i) {
      Range line = Trim(text_, lines[i]);
      if (line.begin == line.end) continue;
      ClassifyLine(line, i == last && i > 0, &in_header);
    }
    if (page_.inferred_date.empty() && !listing_dates_.empty()) {
      page_.inferred_date = *std::min_element(listing_dates_.begin(), listing_dates_.end());
      page_.inferred_date_reason = "dates of the listing around the article";
    }
    return std::move(page_);
  }

 private:
  std::string_view View(Range r) const { return text_.substr(r.begin, r.end - r.begin); }

  // Index of the first line of a board listing (a header line, or three rows
  // in a row), or lines.size(); collects the listing's dates.
  std::size_t FindListingStart(const std::vector<Range>& lines) {
    std::size_t start = lines.size();
    int run = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string_view line = View(Trim(text_, lines[i]));
      const std::string date = ListingRowDate(line);
      if (IsListingHeader(line, words_) && start == lines.size()) start = i;
      if (!date.empty()) {
        listing_dates_.push_back(date);
        if (++run == 3 && start == lines.size()) start = i - 2;
      } else if (!line.empty()) {
        run = 0;
      }
    }
    return start;
  }

  std::size_t LastContentLine(const std::vector<Range>& lines, std::size_t end) const {
    for (std::size_t i = end; i-- > 0;) {
      if (Trim(text_, lines[i]).begin != Trim(text_, lines[i]).end) return i;
    }
    return 0;
  }

  void ClassifyLine(Range line, bool is_last, bool* in_header) {
    const std::string_view view = View(line);
    if (words_.chrome_lines.Contains(view) || IsDatelineTag(view)) return;
    if (const std::string date = DatelineDate(view, words_); !date.empty()) {
      if (page_.inferred_date.empty()) {
        page_.inferred_date = date;
        page_.inferred_date_reason = "dateline";
      }
      return;
    }
    // A trailing outlet name ("서울경제"): short, no sentence punctuation.
    if (is_last && view.size() <= 30 && !LooksLikeProse(view, words_) &&
        view.find(' ') == std::string_view::npos) {
      return;
    }
    if (const std::size_t credit = TrailingCreditLength(view, words_); credit > 0) {
      EmitWithoutFurniture({line.begin, line.end - credit}, SegmentKind::kCaption);
      return;
    }
    if (*in_header && !LooksLikeProse(view, words_) && view.size() < 200) {
      EmitWithoutFurniture(line, headline_seen_ ? SegmentKind::kSubheadline
                                                : SegmentKind::kHeadline);
      headline_seen_ = true;
      return;
    }
    *in_header = false;
    EmitWithoutFurniture(line, SegmentKind::kBody);
  }

  void EmitWithoutFurniture(Range line, SegmentKind kind) {
    std::size_t pos = line.begin;
    for (const Range& f : FindInlineFurniture(text_, line, words_, matchers_)) {
      Emit({pos, f.begin}, kind);
      pos = f.end;
    }
    Emit({pos, line.end}, kind);
  }

  void Emit(Range r, SegmentKind kind) {
    r = Trim(text_, r);
    if (r.end > r.begin) page_.segments.push_back({r.begin, r.end, kind});
  }

  std::string_view text_;
  const PageWords& words_;
  const Matchers& matchers_;
  CleanedPage page_;
  std::vector<std::string> listing_dates_;
  bool headline_seen_ = false;
};

}  // namespace

struct PageCleaner::Impl {
  PageWords words;
  Patterns patterns;  // patterns[i] compiles words.furniture[i]
  MatcherPool matchers;  // used by the const Clean: it locks
};

PageCleaner::PageCleaner() : impl_(std::make_unique<Impl>()) {}
PageCleaner::~PageCleaner() = default;
PageCleaner::PageCleaner(PageCleaner&&) noexcept = default;
PageCleaner& PageCleaner::operator=(PageCleaner&&) noexcept = default;

Status PageCleaner::Create(PageWords words, PageCleaner* out) {
  auto impl = std::make_unique<Impl>();
  std::vector<std::string> errors;
  for (const FurnitureRule& rule : words.furniture) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    impl->patterns.emplace_back(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(rule.pattern), 0, parse_error, status));
    if (U_FAILURE(status)) {
      errors.push_back(rule.source + ": bad pattern (" + u_errorName(status) +
                       "): \"" + rule.pattern + "\"");
    }
  }
  if (!errors.empty()) {
    const std::string& where = words.furniture.front().source;  // "file:line"
    return RowErrors(where.substr(0, where.rfind(':')), std::move(errors));
  }
  impl->words = std::move(words);
  out->impl_ = std::move(impl);
  return Status::Ok();
}

Status PageCleaner::Load(const std::string& dir, PageCleaner* out,
                         std::vector<std::string>* warnings) {
  PageWords words;
  Status s = PageWords::Load(dir, &words, warnings);
  if (!s.ok()) return s;
  return Create(std::move(words), out);
}

CleanedPage PageCleaner::Clean(std::string_view text) const {
  std::unique_ptr<Matchers> matchers = impl_->matchers.Take(impl_->patterns);
  CleanedPage page = PageRun(text, impl_->words, *matchers).Run();
  impl_->matchers.Give(std::move(matchers));
  return page;
}

}  // namespace newsgraph::extract::ko
