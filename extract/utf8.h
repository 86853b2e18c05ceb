// Small UTF-8 helpers. Offsets called "byte" index std::string bytes;
// "code point" offsets are what the output contract uses.
#ifndef NEWSGRAPH_EXTRACT_UTF8_H_
#define NEWSGRAPH_EXTRACT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::extract {

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
std::size_t FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[*pos] and advances *pos past it. Invalid bytes
// decode as U+FFFD and advance by one byte.
char32_t DecodeUtf8(std::string_view s, std::size_t* pos);
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

inline bool IsHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// True when the Hangul syllable ends in a final consonant (batchim).
inline bool HasBatchim(char32_t c) {
  return IsHangulSyllable(c) && (c - 0xAC00) % 28 != 0;
}
// The final consonant index (0 = none, 8 = ㄹ) of a Hangul syllable.
inline int BatchimIndex(char32_t c) {
  return IsHangulSyllable(c) ? static_cast<int>((c - 0xAC00) % 28) : 0;
}

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_UTF8_H_
