#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace newsgraph {
namespace {

// Length of the sequence introduced by lead byte b, or 0 if b cannot lead.
int SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Validates one sequence at s[pos]; returns its length or 0 when invalid.
int ValidSequenceAt(std::string_view s, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  const int len = SequenceLength(b0);
  if (len == 0 || pos + len > s.size()) return 0;
  for (int i = 1; i < len; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(s[pos + i]))) return 0;
  }
  const auto b1 = static_cast<unsigned char>(len > 1 ? s[pos + 1] : 0);
  // Reject overlong forms, surrogates and code points above U+10FFFF.
  if (b0 == 0xE0 && b1 < 0xA0) return 0;
  if (b0 == 0xED && b1 > 0x9F) return 0;
  if (b0 == 0xF0 && b1 < 0x90) return 0;
  if (b0 == 0xF4 && b1 > 0x8F) return 0;
  return len;
}

// Eight bytes at s[pos] are all ASCII.
bool AsciiWord(std::string_view s, std::size_t pos) {
  std::uint64_t word;
  std::memcpy(&word, s.data() + pos, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

}  // namespace

std::size_t FindInvalidUtf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    // Runs of ASCII eight bytes at a time: documents are validated whole.
    if (pos + 8 <= s.size() && AsciiWord(s, pos)) {
      pos += 8;
      continue;
    }
    const int len = ValidSequenceAt(s, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return std::string_view::npos;
}

char32_t DecodeUtf8Slow(std::string_view s, std::size_t* pos) {
  const int len = ValidSequenceAt(s, *pos);
  if (len == 0) {
    ++*pos;
    return 0xFFFD;
  }
  const auto b0 = static_cast<unsigned char>(s[*pos]);
  char32_t cp = len == 1 ? b0 : b0 & (0xFF >> (len + 1));
  for (int i = 1; i < len; ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[*pos + i]) & 0x3F);
  }
  *pos += len;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t CodePointCount(std::string_view s, std::size_t byte_offset) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_offset && i < s.size(); ++i) {
    if (!IsContinuation(static_cast<unsigned char>(s[i]))) ++count;
  }
  return count;
}

std::size_t CodePointCount(std::string_view s) {
  return CodePointCount(s, s.size());
}

CodePointIndex::CodePointIndex(std::string_view s) : s_(s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i % 64 == 0) checkpoints_.push_back(count);
    if (!IsContinuation(static_cast<unsigned char>(s[i]))) ++count;
  }
}

std::size_t CodePointIndex::ToCodePoint(std::size_t byte_offset) const {
  if (byte_offset > s_.size()) byte_offset = s_.size();
  const std::size_t block = byte_offset / 64;
  if (block >= checkpoints_.size()) return CodePointCount(s_);
  std::size_t count = checkpoints_[block];
  for (std::size_t i = block * 64; i < byte_offset; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(s_[i]))) ++count;
  }
  return count;
}

}  // namespace newsgraph
