#include "extract/ko/timex_numbers.h"

#include <array>
#include <utility>

#include "core/utf8.h"

namespace newsgraph::extract::ko::timex {
namespace {

// Value of a Sino-Korean digit syllable, -1 if it is not one.
int SinoDigit(char32_t c) {
  switch (c) {
    case U'영':
    case U'공':
      return 0;
    case U'일':
      return 1;
    case U'이':
      return 2;
    case U'삼':
      return 3;
    case U'사':
      return 4;
    case U'오':
      return 5;
    case U'육':
    case U'륙':
      return 6;
    case U'칠':
      return 7;
    case U'팔':
      return 8;
    case U'구':
      return 9;
    default:
      return -1;
  }
}

int SinoMultiplier(char32_t c) {
  switch (c) {
    case U'십':
      return 10;
    case U'백':
      return 100;
    case U'천':
      return 1000;
    default:
      return 0;
  }
}

bool StartsWith(std::string_view s, std::size_t pos, std::string_view w) {
  return HasAt(s, pos, w);
}

}  // namespace

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

std::size_t ReadSinoNumber(std::string_view s, std::size_t pos,
                           std::string_view unit, int* value, int* syllables) {
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
    const int digit = SinoDigit(c);
    const int mult = SinoMultiplier(c);
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
    if (StartsWith(s, readings[i].first, unit)) {
      *value = readings[i].second;
      *syllables = i + 1;
      return readings[i].first - pos;
    }
  }
  return 0;
}

std::size_t ReadNativeNumber(std::string_view s, std::size_t pos, int* value) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"열한", 11}, {"열두", 12}, {"열", 10},  {"한", 1},
      {"두", 2},    {"세", 3},    {"네", 4},   {"다섯", 5},
      {"여섯", 6},  {"일곱", 7},  {"여덟", 8}, {"아홉", 9}};
  for (const auto& [word, v] : kWords) {
    if (StartsWith(s, pos, word)) {
      *value = v;
      return word.size();
    }
  }
  return 0;
}

std::size_t ReadDayCount(std::string_view s, std::size_t pos, int* days) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"하루", 1}, {"이틀", 2}, {"사흘", 3},  {"나흘", 4}, {"닷새", 5},
      {"엿새", 6}, {"이레", 7}, {"열흘", 10}, {"보름", 15}};
  for (const auto& [word, v] : kWords) {
    if (StartsWith(s, pos, word)) {
      *days = v;
      return word.size();
    }
  }
  return 0;
}

}  // namespace newsgraph::extract::ko::timex
