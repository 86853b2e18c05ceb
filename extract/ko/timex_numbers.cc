#include "extract/ko/timex_numbers.h"

#include <array>
#include <utility>

#include "core/utf8.h"

namespace newsgraph::extract::ko::timex {

int ReadDigits(std::string_view s, std::size_t pos, int* value) {
  int n = 0;
  int v = 0;
  while (pos + n < s.size() && s[pos + n] >= '0' && s[pos + n] <= '9') {
    if (n < 9) v = v * 10 + (s[pos + n] - '0');
    ++n;
  }
  *value = v;
  return n;
}

std::size_t ReadSinoNumber(const TimexLexicon& words, std::string_view s,
                           std::size_t pos, std::string_view unit, int* value,
                           int* syllables) {
  // Reads greedily, remembering the value at every syllable boundary; the
  // longest reading followed by the unit wins.
  std::array<std::pair<std::size_t, int>, 12> readings{};
  int count = 0;
  int total = 0;
  int pending = -1;  // a digit not yet multiplied
  std::size_t at = pos;
  while (at < s.size() && count < static_cast<int>(readings.size())) {
    std::size_t next = at;
    const char32_t c = DecodeUtf8(s, &next);
    const int sino = words.SinoValue(c);
    const int digit = sino < 10 ? sino : -1;
    const int mult = sino >= 10 ? sino : 0;
    if (digit >= 0) {
      if (pending >= 0) break;  // two digits in a row: not one numeral
      pending = digit;
    } else if (mult > 0) {
      total += (pending > 0 ? pending : 1) * mult;
      pending = -1;
    } else {
      break;
    }
    at = next;
    readings[count++] = {at, total + (pending > 0 ? pending : 0)};
  }
  for (int i = count - 1; i >= 0; --i) {
    if (HasAt(s, readings[i].first, unit)) {
      *value = readings[i].second;
      *syllables = i + 1;
      return readings[i].first - pos;
    }
  }
  return 0;
}

std::size_t ReadNativeNumber(const TimexLexicon& words, std::string_view s,
                             std::size_t pos, int* value) {
  const TimexWord* w = words.Find(TimexKind::kNative, s, pos);
  if (w == nullptr) return 0;
  *value = w->value;
  return w->text.size();
}

std::size_t ReadCountedDuration(const TimexLexicon& words, std::string_view s,
                                std::size_t pos, int* amount, char* unit) {
  const TimexWord* w = words.Find(TimexKind::kCount, s, pos);
  if (w == nullptr) return 0;
  *amount = w->value;
  *unit = w->unit;
  return w->text.size();
}

}  // namespace newsgraph::extract::ko::timex
