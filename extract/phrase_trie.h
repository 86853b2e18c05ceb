// PhraseTrie: longest match of normalised phrases (lexicon names, titles,
// cue words) at a byte position of a normalised sentence. Byte-level, so it
// matches across spaces ("샘 올트먼") and needs no decoding.
#ifndef NEWSGRAPH_EXTRACT_PHRASE_TRIE_H_
#define NEWSGRAPH_EXTRACT_PHRASE_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

class PhraseTrie {
 public:
  static constexpr int kNone = -1;

  // Maps `key` to `value`; an existing key keeps its first value.
  void Insert(std::string_view key, int value);

  struct Match {
    std::size_t length = 0;  // bytes
    int value = kNone;
  };
  // Every key that starts at text[pos], shortest first.
  void MatchAll(std::string_view text, std::size_t pos, std::vector<Match>* out) const;
  // The longest key at text[pos]; value kNone when none.
  Match Longest(std::string_view text, std::size_t pos) const;
  bool empty() const { return values_.size() <= 1; }

 private:
  static std::uint64_t Edge(std::uint32_t node, unsigned char byte) {
    return (static_cast<std::uint64_t>(node) << 8) | byte;
  }
  // Edges in an open-addressing hash table (linear probing, at most half
  // full): lookups are the hot path of recognition, and std::unordered_map's
  // node chasing cost several times more.
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  struct Slot {
    std::uint64_t edge = kEmpty;
    std::uint32_t child = 0;
  };
  std::uint32_t Child(std::uint32_t node, unsigned char byte) const;  // 0: none
  std::uint32_t AddChild(std::uint32_t node, unsigned char byte);
  void Grow();
  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::size_t edge_count_ = 0;
  std::vector<int> values_ = {kNone};  // per node; node 0 is the root
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_PHRASE_TRIE_H_
