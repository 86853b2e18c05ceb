// Word analysis for Korean news sentences: the normalised sentence is cut
// into eojeols (space-separated words) and punctuation, and every word is
// split into a stem and a trailing chain of particles ("SK하이닉스의" ->
// "SK하이닉스" + "의", "오픈AI와의" -> "오픈AI" + "와의"). Particle
// allomorphs follow the final consonant of the stem (은/는, 이/가, 을/를,
// 과/와, 으로/로); after a Latin letter or digit both forms are accepted,
// since "SK" may be read with or without a final consonant.
#ifndef NEWSGRAPH_EXTRACT_KO_MORPH_H_
#define NEWSGRAPH_EXTRACT_KO_MORPH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/token.h"

namespace newsgraph::extract::ko {

// When a particle may follow a stem, by the stem's last syllable.
enum class Attach : std::uint8_t {
  kAny,
  kAfterConsonant,   // 은, 이, 을, 과: stem ends in a final consonant
  kAfterVowel,       // 는, 가, 를, 와
  kAfterConsonantNotL,  // 으로: final consonant other than ㄹ
  kAfterVowelOrL,    // 로: no final consonant, or ㄹ
};

bool ParseAttach(std::string_view name, Attach* attach);

class ParticleTable {
 public:
  void Add(std::string particle, Role role, Attach attach);

  // True when `tail` is a whole chain of particles that may follow a stem
  // ending in `last` (a code point, 0 when unknown); *role is the role of the
  // chain (the first particle's, 와의 counts as "with").
  bool IsChain(char32_t last, std::string_view tail, Role* role) const;

  // Length in bytes of the stem of `word` once the longest particle chain
  // that leaves at least one code point is removed; word.size() when none.
  std::size_t StemLength(std::string_view word, Role* role) const;

 private:
  struct Entry {
    std::string text;
    Role role;
    Attach attach;
  };
  bool MayFollow(char32_t last, const Entry& e) const;
  // Indices into entries_ (in entries_ order) of the particles that begin
  // with the same code point: IsChain runs at every code point of every word,
  // and comparing the tail with all particles there was a tenth of the
  // extraction time.
  const std::vector<std::uint32_t>* Candidates(std::string_view tail) const;
  void Reindex();
  std::vector<Entry> entries_;
  std::unordered_map<char32_t, std::vector<std::uint32_t>> by_first_;
  // The Hangul syllables among by_first_'s keys, one bit each: most words'
  // tails start with none of them, and the bit answers before the map.
  std::vector<std::uint64_t> hangul_first_ = std::vector<std::uint64_t>((0xD7A4 - 0xAC00 + 63) / 64);
  // Last code points of the particles: a word ending in none of them has
  // no particle chain (most words), which StemLength answers at once.
  bool MayEndChain(char32_t last) const;
  std::vector<std::uint64_t> hangul_last_ = std::vector<std::uint64_t>((0xD7A4 - 0xAC00 + 63) / 64);
  std::vector<char32_t> other_last_;  // not Hangul syllables
  bool all_valid_ = true;  // every particle is valid UTF-8 (else no index)
  std::vector<std::uint32_t> all_;  // every index, for invalid particles
};

// Cuts a normalised sentence into tokens. A particle written after a closing
// parenthesis ("가람모빌리티솔루션(GMS)은") is given to the word before
// the parenthesis. Never fails.
std::vector<Token> Tokenize(std::string_view text, const ParticleTable& particles);

// Number of Hangul syllables in s; -1 when s has anything else.
int HangulLength(std::string_view s);
// The last code point of s (0 when s is empty).
char32_t LastCodePoint(std::string_view s);
// True for CJK ideographs (美, 中, 韓 in headlines).
bool IsHanja(char32_t c);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_MORPH_H_
