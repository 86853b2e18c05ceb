#include "extract/ko/page_cleaner.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <string.h>  // memmem

#include <algorithm>
#include <array>
#include <memory>

#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

struct Range {
  std::size_t begin;
  std::size_t end;
};

// Inline furniture that crawled articles mix into the body: bylines, agency
// datelines, e-mail signatures, photo credits, promotion links, copyright.
// Each pattern runs only in a window around a literal trigger (a cheap
// find), so the cost grows with the furniture, not with the article.
struct FurnitureRule {
  const char* pattern;
  std::array<std::string_view, 4> triggers;  // "" = unused slot
  std::size_t before;  // window bytes before and after a trigger
  std::size_t after;
  bool to_line_end;  // extend to the line's end when no prose ("다.") follows
};

constexpr std::array<FurnitureRule, 8> kInlineFurniture = {{
    // [가상일보 김하준 기자], [다온경제=이서연 기자], (한빛넷=박도윤 기자)
    {R"([\[【(][^\]】)\n]{0,30}?(?:기자|특파원|통신원)\s*[\]】)]\s*=?)",
     {"기자", "특파원", "통신원", ""}, 100, 20, false},
    // (서울=가상통신) 최민호 기자 =, 【서울=다온뉴스】박서준 기자 =
    {R"([(【]\s*[\p{Hangul}A-Za-z]{1,10}\s*=\s*[\p{Hangul}A-Za-z0-9]{1,12}\s*[)】]\s*(?:[\p{Hangul}]{2,4}\s*(?:기자|특파원)\s*=?)?)",
     {"=", "", "", ""}, 40, 80, false},
    // 홍길동 기자 gildong@example.com, gd@example.com 홍길동 기자, 서울=홍길동 기자 x@y.com
    {R"((?:[\p{Hangul}A-Za-z]{1,10}=)?(?:[\p{Hangul}]{2,4}\s*(?:기자|특파원)\s*)?[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*[A-Za-z]{2,}(?:\s*[\p{Hangul}]{2,4}\s*기자)?)",
     {"@", "", "", ""}, 80, 80, false},
    // [삼성전자 제공], [출처=123RF]
    {R"(\[[^\]\n]{0,25}(?:제공|출처)[^\]\n]{0,25}\])", {"제공", "출처", "", ""}, 80, 80, false},
    // /사진제공=두산, /사진=뉴스1 (the credited name runs into the text, so
    // only the marker goes; a segment boundary still splits the sentence)
    {R"(/\s*(?:사진제공|사진|자료|그래픽)\s*=\s*)", {"사진", "자료", "그래픽", ""}, 10, 20, false},
    // promotion links ("▶더 많은 기사보기"); "▶마켓인사이트" inside prose is a tag
    {R"([▶☞]\S*)", {"▶", "☞", "", ""}, 0, 80, true},
    // copyright lines; "ⓒ한화생명" before more prose is a photo credit
    {R"(<\s*저작권자[^>\n]*>?|(?:ⓒ|©|Copyright)\s*\S*)", {"저작권", "ⓒ", "©", "Copyright"}, 10, 80, true},
    {R"([^.\n]{0,40}무단\s*전재[^.\n]*(?:금지|\.)?)", {"무단", "", "", ""}, 130, 200, false},
}};

std::vector<std::unique_ptr<icu::RegexPattern>> CompileFurniture() {
  std::vector<std::unique_ptr<icu::RegexPattern>> out;
  for (const FurnitureRule& rule : kInlineFurniture) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    out.emplace_back(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(rule.pattern), 0, parse_error, status));
    if (U_FAILURE(status)) out.back().reset();
  }
  return out;
}

const std::vector<std::unique_ptr<icu::RegexPattern>>& Furniture() {
  static const auto* patterns =
      new std::vector<std::unique_ptr<icu::RegexPattern>>(CompileFurniture());
  return *patterns;
}

// One matcher per pattern and thread, reset for every window: creating a
// matcher allocates its backtracking stack, which cost more than most
// matches. Null where the pattern failed to compile.
icu::RegexMatcher* FurnitureMatcher(std::size_t rule) {
  thread_local const std::vector<std::unique_ptr<icu::RegexMatcher>> matchers = [] {
    std::vector<std::unique_ptr<icu::RegexMatcher>> out;
    for (const auto& pattern : Furniture()) {
      UErrorCode status = U_ZERO_ERROR;
      out.emplace_back(pattern ? pattern->matcher(status) : nullptr);
      if (U_FAILURE(status)) out.back().reset();
    }
    return out;
  }();
  return matchers[rule].get();
}

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

// Appends the match of `rule` that `m` found in window w to *found.
void AddMatch(std::string_view text, Range line, const FurnitureRule& rule, std::size_t s,
              std::size_t e, std::vector<Range>* found) {
  if (rule.to_line_end && text.substr(e, line.end - e).find("다.") == std::string_view::npos) {
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
                     icu::RegexMatcher* m, std::vector<Range>* found) {
  thread_local icu::UnicodeString u;
  thread_local std::vector<std::size_t> byte_at;
  for (const Range& w : TriggerWindows(text, line, rule)) {
    UErrorCode status = U_ZERO_ERROR;
    if (const std::size_t valid_end = ValidUpTo(text, w);
        valid_end != std::string_view::npos) {
      ToUtf16(text, w, valid_end, &u, &byte_at);
      m->reset(u);
      while (m->find()) {
        AddMatch(text, line, rule, byte_at[static_cast<std::size_t>(m->start(status))],
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
      AddMatch(text, line, rule, w.begin + static_cast<std::size_t>(m->start64(status)),
               w.begin + static_cast<std::size_t>(m->end64(status)), found);
    }
    utext_close(ut);
  }
}

// Byte ranges of inline furniture in one line, sorted and merged.
std::vector<Range> FindInlineFurniture(std::string_view text, Range line) {
  std::vector<Range> found;
  for (std::size_t i = 0; i < kInlineFurniture.size(); ++i) {
    if (icu::RegexMatcher* m = FurnitureMatcher(i)) {
      FindRuleMatches(text, line, kInlineFurniture[i], m, &found);
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

// Whole lines of site chrome.
constexpr std::array<std::string_view, 10> kChromeLines = {
    "메뉴 건너뛰기", "본문 바로가기", "주메뉴 바로가기", "로그인", "회원가입",
    "전체메뉴",      "검색",         "닫기",           "공유하기", "기사 공유",
};

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
std::string DatelineDate(std::string_view line) {
  for (std::string_view marker : {"기사입력", "입력", "등록", "송고"}) {
    if (line.substr(0, marker.size()) != marker) continue;
    std::size_t pos = marker.size();
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == ':')) ++pos;
    return DateAt(line, pos);
  }
  return "";
}

bool IsListingHeader(std::string_view line) {
  return line.find("번호") != std::string_view::npos &&
         line.find("제목") != std::string_view::npos && line.size() < 60;
}

bool IsChrome(std::string_view line) {
  return std::find(kChromeLines.begin(), kChromeLines.end(), line) != kChromeLines.end();
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
bool LooksLikeProse(std::string_view line) {
  return EndsWith(line, ".") || EndsWith(line, "다") || EndsWith(line, ".\"") ||
         EndsWith(line, ".'") || EndsWith(line, "”");
}

// Length in bytes of a trailing photographer credit "권욱 기자" (Hangul name of
// two to four syllables, a space, 기자), or 0.
std::size_t TrailingCreditLength(std::string_view line) {
  if (!EndsWith(line, " 기자")) return 0;
  const std::size_t name_end = line.size() - std::string_view(" 기자").size();
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

class PageCleaner {
 public:
  explicit PageCleaner(std::string_view text) : text_(text) {}

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
      if (IsListingHeader(line) && start == lines.size()) start = i;
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
    if (IsChrome(view) || IsDatelineTag(view)) return;
    if (const std::string date = DatelineDate(view); !date.empty()) {
      if (page_.inferred_date.empty()) {
        page_.inferred_date = date;
        page_.inferred_date_reason = "dateline";
      }
      return;
    }
    // A trailing outlet name ("서울경제"): short, no sentence punctuation.
    if (is_last && view.size() <= 30 && !LooksLikeProse(view) &&
        view.find(' ') == std::string_view::npos) {
      return;
    }
    if (const std::size_t credit = TrailingCreditLength(view); credit > 0) {
      EmitWithoutFurniture({line.begin, line.end - credit}, SegmentKind::kCaption);
      return;
    }
    if (*in_header && !LooksLikeProse(view) && view.size() < 200) {
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
    for (const Range& f : FindInlineFurniture(text_, line)) {
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
  CleanedPage page_;
  std::vector<std::string> listing_dates_;
  bool headline_seen_ = false;
};

}  // namespace

CleanedPage CleanPage(std::string_view text) { return PageCleaner(text).Run(); }

}  // namespace newsgraph::extract::ko
