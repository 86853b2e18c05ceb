// One normalisation for lexicon keys and article text, so that both meet in
// the same form: NFC, every kind of space as ' ', typographic quotes as ASCII
// quotes, full-width ASCII as ASCII, and stock-code markup removed from names
// ("SK(034730)그룹" -> "SK그룹" with a stock-code hint).
#ifndef NEWSGRAPH_EXTRACT_NORMALIZER_H_
#define NEWSGRAPH_EXTRACT_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

// A six-digit code that stood in parentheses right after a name.
struct StockCodeHint {
  std::size_t position;  // byte offset in the normalised text where it stood
  std::string code;      // "034730"
};

struct NormalizedText {
  std::string text;
  // origin[i] is the byte offset in the original of normalised byte i;
  // origin[text.size()] is the end of the original range.
  std::vector<std::uint32_t> origin;
  std::vector<StockCodeHint> stock_codes;

  std::size_t ToOriginal(std::size_t normalized_byte) const {
    return origin[normalized_byte < origin.size() ? normalized_byte
                                                  : origin.size() - 1];
  }
};

// Normalises original[begin, end) keeping a map back to original offsets.
NormalizedText NormalizeWithOffsets(std::string_view original,
                                    std::size_t begin, std::size_t end);
inline NormalizedText NormalizeWithOffsets(std::string_view original) {
  return NormalizeWithOffsets(original, 0, original.size());
}

// The same normalisation without offsets: lexicon keys, query strings.
std::string NormalizeText(std::string_view s);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_NORMALIZER_H_
