// Small UTF-8 helpers. Offsets called "byte" index std::string bytes;
// "code point" offsets are what the output contract uses.
#ifndef NEWSGRAPH_CORE_UTF8_H_
#define NEWSGRAPH_CORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph {

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
std::size_t FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[*pos] and advances *pos past it. Invalid bytes
// decode as U+FFFD and advance by one byte.
char32_t DecodeUtf8Slow(std::string_view s, std::size_t* pos);
// Inline for ASCII and for valid three-byte sequences other than those led
// by E0 (Hangul syllables and most other BMP text): every stage decodes
// every code point of every sentence.
inline char32_t DecodeUtf8(std::string_view s, std::size_t* pos) {
  const std::size_t p = *pos;
  const auto b0 = static_cast<unsigned char>(s[p]);
  if (b0 < 0x80) {
    *pos = p + 1;
    return b0;
  }
  if (b0 >= 0xE1 && b0 <= 0xEF && p + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[p + 1]);
    const auto b2 = static_cast<unsigned char>(s[p + 2]);
    // ED A0..ED BF would be a surrogate.
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && (b0 != 0xED || b1 <= 0x9F)) {
      *pos = p + 3;
      return (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) |
             (b2 & 0x3F);
    }
  }
  return DecodeUtf8Slow(s, pos);
}
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in s[0, byte_offset).
std::size_t CodePointCount(std::string_view s, std::size_t byte_offset);
std::size_t CodePointCount(std::string_view s);

// Converts byte offsets into code point offsets in one pass; `offsets` must be
// sorted ascending. Cheaper than calling CodePointCount per offset.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view s);
  std::size_t ToCodePoint(std::size_t byte_offset) const;

 private:
  std::string_view s_;
  // Code point count at every 64th byte, so a lookup scans at most 63 bytes.
  std::basic_string<std::size_t> checkpoints_;
};

// True when `w` occurs at s[pos] (pos may be s.size()). A byte loop rather
// than memcmp: the words compared (particles, time words, triggers) are a few
// bytes long and most comparisons fail at the first or second byte, where a
// call to memcmp costs more than the comparison.
inline bool HasAt(std::string_view s, std::size_t pos, std::string_view w) {
  if (pos > s.size() || s.size() - pos < w.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (s[pos + i] != w[i]) return false;
  }
  return true;
}

inline bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// True when the Hangul syllable ends in a final consonant (batchim).
inline bool HasBatchim(char32_t c) {
  return IsHangulSyllable(c) && (c - 0xAC00) % 28 != 0;
}
// The final consonant index (0 = none, 8 = ㄹ) of a Hangul syllable.
inline int BatchimIndex(char32_t c) {
  return IsHangulSyllable(c) ? static_cast<int>((c - 0xAC00) % 28) : 0;
}

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_UTF8_H_
