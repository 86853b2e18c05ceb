#include "extract/ko/morph.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

constexpr std::array<std::pair<std::string_view, Attach>, 5> kAttachNames = {{
    {"any", Attach::kAny},
    {"consonant", Attach::kAfterConsonant},
    {"vowel", Attach::kAfterVowel},
    {"consonant-not-l", Attach::kAfterConsonantNotL},
    {"vowel-or-l", Attach::kAfterVowelOrL},
}};

constexpr int kBatchimL = 8;  // ㄹ

// Punctuation that always stands alone as a token. '&' and '.' between
// letters or digits stay inside words ("E&S", "1.5"); '-' between digits too.
bool IsPunct(char32_t c) {
  switch (c) {
    case ',': case '!': case '?': case '"': case '\'': case '(': case ')':
    case '[': case ']': case '{': case '}': case '<': case '>': case '/':
    case ':': case ';': case '~': case '|': case '=': case '+': case '*':
    case U'·': case U'…': case U'ㆍ': case U'–': case U'—': case U'「':
    case U'」': case U'『': case U'』': case U'〈': case U'〉': case U'《':
    case U'》': case U'【': case U'】': case U'▲': case U'△': case U'■':
    case U'□': case U'◆': case U'◇': case U'●': case U'○': case U'▶':
    case U'▷': case U'→': case U'※': case U'∙': case U'•': case U'⋅':
      return true;
    default:
      return false;
  }
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// '.', '-' and '&' split words unless they sit between letters or digits.
bool IsJoiner(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c != '.' && c != '-' && c != '&') return false;
  if (pos == 0 || pos + 1 >= text.size()) return false;
  const char before = text[pos - 1];
  const char after = text[pos + 1];
  if (c == '&') return IsAsciiAlnum(before) && IsAsciiAlnum(after);
  return IsDigit(before) && IsDigit(after);
}

// "X(Y)은": the particle token after ')' belongs to X.
void MoveParticlesOutOfParentheses(std::string_view text, const ParticleTable& particles,
                                   std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  for (std::size_t open = 1; open < t.size(); ++open) {
    if (TokenText(text, t[open]) != "(" || t[open - 1].end != t[open].begin ||
        t[open - 1].is_punct) {
      continue;
    }
    std::size_t close = open + 1;
    while (close < t.size() && TokenText(text, t[close]) != ")") ++close;
    if (close >= t.size()) continue;
    for (std::size_t k = open + 1; k < close; ++k) t[k].in_paren = true;
    if (close + 1 >= t.size()) continue;
    Token& tail = t[close + 1];
    Role role = Role::kNone;
    if (tail.begin != t[close].end || tail.is_punct ||
        !particles.IsChain(LastCodePoint(TokenText(text, t[open - 1])),
                           TokenText(text, tail), &role)) {
      continue;
    }
    if (t[open - 1].stem_end == t[open - 1].end) t[open - 1].role = role;
    tail.is_punct = true;  // consumed: no longer a word of its own
  }
}

// "'클리어엣지파워'를": a particle after a closing quote belongs to the
// quoted word.
void MoveParticlesOutOfQuotes(std::string_view text, const ParticleTable& particles,
                              std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  for (std::size_t c = 1; c + 1 < t.size(); ++c) {
    const std::string_view q = TokenText(text, t[c]);
    if ((q != "'" && q != "\"") || t[c - 1].is_punct || t[c - 1].end != t[c].begin ||
        t[c + 1].is_punct || t[c + 1].begin != t[c].end) {
      continue;
    }
    Role role = Role::kNone;
    if (!particles.IsChain(LastCodePoint(TokenText(text, t[c - 1])),
                           TokenText(text, t[c + 1]), &role)) {
      continue;
    }
    if (t[c - 1].stem_end == t[c - 1].end) t[c - 1].role = role;
    t[c + 1].is_punct = true;
  }
}

}  // namespace

bool ParseAttach(std::string_view name, Attach* attach) {
  for (const auto& [n, a] : kAttachNames) {
    if (n == name) {
      *attach = a;
      return true;
    }
  }
  return false;
}

void ParticleTable::Add(std::string particle, Role role, Attach attach) {
  // Longest first, so that "으로부터" is read as one particle, not 으로 + 부터.
  auto it = entries_.begin();
  while (it != entries_.end() && it->text.size() >= particle.size()) ++it;
  entries_.insert(it, {std::move(particle), role, attach});
  Reindex();
}

void ParticleTable::Reindex() {
  by_first_.clear();
  std::fill(hangul_first_.begin(), hangul_first_.end(), 0);
  std::fill(hangul_last_.begin(), hangul_last_.end(), 0);
  other_last_.clear();
  all_.clear();
  all_valid_ = true;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const std::string& text = entries_[i].text;
    all_.push_back(static_cast<std::uint32_t>(i));
    if (text.empty() || FindInvalidUtf8(text) != std::string_view::npos) {
      all_valid_ = false;
      continue;
    }
    std::size_t pos = 0;
    const char32_t first = DecodeUtf8(text, &pos);
    by_first_[first].push_back(static_cast<std::uint32_t>(i));
    if (IsHangulSyllable(first)) {
      hangul_first_[(first - 0xAC00) / 64] |= std::uint64_t{1} << ((first - 0xAC00) % 64);
    }
    const char32_t last = LastCodePoint(text);
    if (IsHangulSyllable(last)) {
      hangul_last_[(last - 0xAC00) / 64] |= std::uint64_t{1} << ((last - 0xAC00) % 64);
    } else {
      other_last_.push_back(last);
    }
  }
}

// A particle that is a prefix of a valid tail starts with the tail's first
// code point; with an invalid particle every entry stays a candidate.
const std::vector<std::uint32_t>* ParticleTable::Candidates(std::string_view tail) const {
  if (!all_valid_) return &all_;
  std::size_t pos = 0;
  const char32_t first = DecodeUtf8(tail, &pos);
  if (IsHangulSyllable(first) &&
      (hangul_first_[(first - 0xAC00) / 64] >> ((first - 0xAC00) % 64) & 1) == 0) {
    return nullptr;
  }
  const auto it = by_first_.find(first);
  return it == by_first_.end() ? nullptr : &it->second;
}

bool ParticleTable::MayFollow(char32_t last, const Entry& e) const {
  if (!IsHangulSyllable(last)) return true;  // Latin, digits, hanja: either form
  const int batchim = BatchimIndex(last);
  switch (e.attach) {
    case Attach::kAny: return true;
    case Attach::kAfterConsonant: return batchim != 0;
    case Attach::kAfterVowel: return batchim == 0;
    case Attach::kAfterConsonantNotL: return batchim != 0 && batchim != kBatchimL;
    case Attach::kAfterVowelOrL: return batchim == 0 || batchim == kBatchimL;
  }
  return true;
}

bool ParticleTable::IsChain(char32_t last, std::string_view tail, Role* role) const {
  if (tail.empty()) return false;
  const std::vector<std::uint32_t>* candidates = Candidates(tail);
  if (candidates == nullptr) return false;
  for (const std::uint32_t i : *candidates) {
    const Entry& e = entries_[i];
    if (!HasAt(tail, 0, e.text) || !MayFollow(last, e)) continue;
    const std::string_view rest = tail.substr(e.text.size());
    Role rest_role = Role::kNone;
    if (rest.empty() || IsChain(LastCodePoint(e.text), rest, &rest_role)) {
      // "와의"/"과의": the genitive marks a partner ("오픈AI와의 협력").
      *role = e.role;
      return true;
    }
  }
  return false;
}

// A chain ends with a whole particle, so a word's last code point is the
// last code point of some (valid) particle.
bool ParticleTable::MayEndChain(char32_t last) const {
  if (!all_valid_) return true;
  if (IsHangulSyllable(last)) {
    return (hangul_last_[(last - 0xAC00) / 64] >> ((last - 0xAC00) % 64) & 1) != 0;
  }
  return std::find(other_last_.begin(), other_last_.end(), last) != other_last_.end();
}

std::size_t ParticleTable::StemLength(std::string_view word, Role* role) const {
  if (!MayEndChain(LastCodePoint(word))) {
    *role = Role::kNone;
    return word.size();
  }
  std::size_t pos = 0;
  DecodeUtf8(word, &pos);  // the stem keeps at least one code point
  while (pos < word.size()) {
    const char32_t last = LastCodePoint(word.substr(0, pos));
    Role r = Role::kNone;
    if (IsChain(last, word.substr(pos), &r)) {
      *role = r;
      return pos;
    }
    DecodeUtf8(word, &pos);
  }
  *role = Role::kNone;
  return word.size();
}

std::vector<Token> Tokenize(std::string_view text, const ParticleTable& particles) {
  std::vector<Token> tokens;
  bool in_quote = false;
  std::size_t pos = 0;
  std::size_t word_start = std::string_view::npos;
  auto close_word = [&](std::size_t end) {
    if (word_start == std::string_view::npos) return;
    Token t;
    t.begin = word_start;
    t.end = end;
    t.in_quote = in_quote;
    t.stem_end = word_start +
                 particles.StemLength(text.substr(word_start, end - word_start), &t.role);
    tokens.push_back(t);
    word_start = std::string_view::npos;
  };
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    if (c == ' ' || c == '\n' || c == '\r') {
      close_word(start);
      if (!tokens.empty()) tokens.back().space_after = true;
      continue;
    }
    const bool punct = IsPunct(c) || ((c == '.' || c == '-' || c == '&') && !IsJoiner(text, start));
    if (!punct) {
      if (word_start == std::string_view::npos) word_start = start;
      continue;
    }
    close_word(start);
    if (c == '"') in_quote = !in_quote;
    Token t;
    t.begin = start;
    t.end = pos;
    t.stem_end = pos;
    t.is_punct = true;
    t.in_quote = in_quote;
    tokens.push_back(t);
  }
  close_word(text.size());
  MoveParticlesOutOfParentheses(text, particles, &tokens);
  MoveParticlesOutOfQuotes(text, particles, &tokens);
  return tokens;
}

int HangulLength(std::string_view s) {
  int n = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (!IsHangulSyllable(DecodeUtf8(s, &pos))) return -1;
    ++n;
  }
  return n;
}

char32_t LastCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t pos = start;
  return DecodeUtf8(s, &pos);
}

bool IsHanja(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace newsgraph::extract::ko
