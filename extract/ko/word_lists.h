// Word lists read from "kind<TAB>word" data files (recognizer_words.tsv,
// page_words.tsv in data/lexicon/ko/) and the lookup structures built from
// them. The lookups run in the hot paths of recognition: none allocates.
#ifndef NEWSGRAPH_EXTRACT_KO_WORD_LISTS_H_
#define NEWSGRAPH_EXTRACT_KO_WORD_LISTS_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/lexicon.h"

namespace newsgraph::extract::ko {

// One row of a kind/word file.
struct KindedWord {
  std::string kind;
  std::string word;
  std::string source;  // "recognizer_words.tsv:12", for messages
};

// Takes one good row, in file order; returns why it cannot, or "".
using AddWordFn = std::function<std::string(KindedWord&& row)>;

// Reads the rows of a two-column kind/word file (lines starting with '#' and
// blank lines skipped) and hands each good one to `add`. A row with other
// than two columns, an empty field, a kind not in `kinds` or one that `add`
// refuses is an error: the result is InvalidInput with one
// `source:line: reason: "row"` line per bad row (the caller then drops what
// `add` built). A row repeating an earlier kind and word is reported in
// *warnings and not handed on.
Status ParseKindedWords(std::istream& in, const std::string& source_name,
                        const std::vector<std::string_view>& kinds,
                        const AddWordFn& add,
                        std::vector<std::string>* warnings);

// Opens a data file for reading: NotFound when it does not exist, IoError
// when it cannot be opened.
Status OpenDataFile(const std::string& path, std::ifstream* in);

// The row of a bad-row message: its fields joined by spaces, quoted.
std::string QuotedRow(const TsvRow& row);

// One InvalidInput status listing `errors` ("source:line: reason: ..."), one a
// line, in line order; messages without a line number come last.
Status RowErrors(const std::string& source_name,
                 std::vector<std::string> errors);

// Hangul syllables (U+AC00..U+D7A3), one bit each.
class SyllableSet {
 public:
  // Adds `syllable`; false (nothing added) when it is not one Hangul syllable.
  bool Add(std::string_view syllable);
  // Whether s[pos, pos + 3) is one of the syllables (a Hangul syllable is
  // three bytes in UTF-8).
  bool ContainsAt(std::string_view s, std::size_t pos) const {
    if (pos + 3 > s.size()) return false;
    const auto b0 = static_cast<unsigned char>(s[pos]);
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    const auto b2 = static_cast<unsigned char>(s[pos + 2]);
    if (b0 < 0xEA || b0 > 0xED || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80)
      return false;
    const auto c = static_cast<char32_t>(((b0 & 0x0Fu) << 12) |
                                         ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
    return c >= kFirst && c < kFirst + kCount && bits_[c - kFirst];
  }
  // Whether the last three bytes of `s` are one of the syllables.
  bool ContainsLast(std::string_view s) const {
    return s.size() >= 3 && ContainsAt(s, s.size() - 3);
  }
  std::size_t size() const { return bits_.count(); }

 private:
  static constexpr char32_t kFirst = 0xAC00;
  static constexpr std::size_t kCount = 0xD7A4 - 0xAC00;
  std::bitset<kCount> bits_;
};

// Whether `s` ends with `suffix`. The words asked about (a test per token)
// mostly differ from the suffix in its last byte, so that byte is compared
// before the call to memcmp.
inline bool HasSuffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         (suffix.empty() || s.back() == suffix.back()) && s.ends_with(suffix);
}

// A few whole words (a list of ten at most today), looked up without
// building a std::string: the test per token is inline, and most words fail
// its length test or their last byte.
class WordSet {
 public:
  // Adds `word` unless it is empty or there.
  void Add(std::string word);
  bool Contains(std::string_view word) const {
    const bool length_seen = word.size() < kMasked
                                 ? (lengths_ >> word.size() & 1) != 0
                                 : has_long_words_;
    if (!length_seen) return false;
    for (const std::string& w : words_) {
      if (w.size() == word.size() && HasSuffix(word, w)) return true;
    }
    return false;
  }
  std::size_t size() const { return words_.size(); }

 private:
  static constexpr std::size_t kMasked = 64;
  std::vector<std::string> words_;  // in the order added
  std::uint64_t lengths_ = 0;       // bit n: a word of n bytes (n < kMasked)
  bool has_long_words_ = false;
};

// Word endings of any length.
class EndingSet {
 public:
  void Add(std::string ending);
  // Whether `word` ends in one of the endings with more before it.
  bool EndsProperly(std::string_view word) const { return Ends(word, 1); }
  // Whether `word` ends in one of the endings or is one.
  bool EndsOrIs(std::string_view word) const { return Ends(word, 0); }
  std::size_t size() const;

 private:
  bool Ends(std::string_view word, std::size_t min_before) const;
  // Endings of one byte length, sorted: a binary search per length.
  struct Group {
    std::size_t length = 0;
    std::vector<std::string> endings;
  };
  std::vector<Group> groups_;  // by length
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_WORD_LISTS_H_
