#include "extract/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>

#include "core/utf8.h"

namespace newsgraph::extract {
namespace {

// Maps one code point to its matching form, always ASCII (NormalizeWithOffsets
// writes it as one byte); returns 0 to keep the code point as it is.
char32_t MapCodePoint(char32_t c) {
  switch (c) {
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case '\t':
      return ' ';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    default:
      break;
  }
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;  // full-width ASCII
  return 0;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when original[pos] starts "(dddddd)" following a name character.
bool IsStockCodeMarkup(std::string_view s, std::size_t pos, std::string_view out) {
  if (pos + 8 > s.size() || s[pos] != '(' || s[pos + 7] != ')') return false;
  for (std::size_t i = 1; i <= 6; ++i) {
    if (!IsDigit(s[pos + i])) return false;
  }
  return !out.empty() && out.back() != ' ' && out.back() != '(';
}

const icu::Normalizer2* Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? nfc : nullptr;
}

// Code points of the BMP that are NFC whatever surrounds them (quick check
// Yes, combining class 0): a string made of them only is NFC, so the common
// case needs no conversion to UTF-16.
class NfcInert {
 public:
  NfcInert() {
    for (UChar32 c = 0; c < 0x10000; ++c) {
      if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
          u_getCombiningClass(c) == 0) {
        bits_[static_cast<std::size_t>(c) >> 6] |= std::uint64_t{1} << (c & 63);
      }
    }
  }
  bool Has(char32_t c) const {
    return c < 0x10000 && (bits_[c >> 6] >> (c & 63) & 1) != 0;
  }

 private:
  std::array<std::uint64_t, 0x10000 / 64> bits_{};
};

bool AllNfcInert(std::string_view s) {
  static const NfcInert* inert = new NfcInert();
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;  // ASCII
      continue;
    }
    if (!inert->Has(DecodeUtf8(s, &pos))) return false;
  }
  return true;
}

bool IsNfc(std::string_view s) {
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr) return true;
  if (AllNfcInert(s)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const auto u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  return nfc->isNormalized(u, status) || U_FAILURE(status);
}

// Applies NFC to `in` segment by segment (between composition boundaries),
// so that every output byte still maps to the original range it came from.
NormalizedText ComposeSegments(const NormalizedText& in) {
  const icu::Normalizer2* nfc = Nfc();
  NormalizedText out;
  out.stock_codes = in.stock_codes;
  std::size_t seg_start = 0;
  std::size_t pos = 0;
  auto flush = [&](std::size_t seg_end) {
    if (seg_end == seg_start) return;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(
        in.text.data() + seg_start, static_cast<int32_t>(seg_end - seg_start)));
    icu::UnicodeString composed = nfc->normalize(u, status);
    std::string bytes;
    (U_SUCCESS(status) ? composed : u).toUTF8String(bytes);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      out.origin.push_back(in.origin[seg_start]);
    }
    out.text += bytes;
    seg_start = seg_end;
  };
  while (pos < in.text.size()) {
    std::size_t next = pos;
    const char32_t c = DecodeUtf8(in.text, &next);
    if (pos > seg_start && nfc->hasBoundaryBefore(static_cast<UChar32>(c))) flush(pos);
    pos = next;
  }
  flush(in.text.size());
  out.origin.push_back(in.origin.back());
  return out;
}

}  // namespace

NormalizedText NormalizeWithOffsets(std::string_view original, std::size_t begin,
                                    std::size_t end) {
  NormalizedText out;
  // Written through indices into buffers sized for the worst case (every
  // code point keeps or shrinks its length; the last one may run up to 3
  // bytes past `end`), then trimmed: per-byte push_back was a twentieth of
  // extraction.
  out.text.resize(end - begin + 4);
  out.origin.resize(end - begin + 5);
  char* text = out.text.data();
  std::uint32_t* origin = out.origin.data();
  std::size_t n = 0;
  std::size_t pos = begin;
  while (pos < end) {
    const auto b = static_cast<unsigned char>(original[pos]);
    if (b == '(' && IsStockCodeMarkup(original, pos, std::string_view(text, n)) &&
        pos + 8 <= end) {
      out.stock_codes.push_back({n, std::string(original.substr(pos + 1, 6))});
      pos += 8;
      continue;
    }
    const std::size_t start = pos;
    const char32_t c = b < 0x80 ? (++pos, b) : DecodeUtf8(original, &pos);
    // Every mapped form is ASCII (spaces, quotes, full-width ASCII).
    const char32_t mapped = MapCodePoint(c);
    if (mapped != 0) {
      text[n] = static_cast<char>(mapped);
      origin[n++] = static_cast<std::uint32_t>(start);
      continue;
    }
    for (std::size_t k = start; k < pos; ++k) {
      text[n] = original[k];
      origin[n++] = static_cast<std::uint32_t>(start);
    }
  }
  out.text.resize(n);
  out.origin.resize(n);
  out.origin.push_back(static_cast<std::uint32_t>(end));
  if (!IsNfc(out.text) && Nfc() != nullptr) return ComposeSegments(out);
  return out;
}

std::string NormalizeText(std::string_view s) {
  return NormalizeWithOffsets(s).text;
}

}  // namespace newsgraph::extract
