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
  // The longest key read backwards from text[end - 1] (a trie of reversed
  // suffixes): the same as Longest on the reversed text[0, end), without
  // building the reversed copy.
  Match LongestBackward(std::string_view text, std::size_t end) const;
  bool empty() const { return nodes_.size() <= 1; }

 private:
  // Lookups are the hot path of recognition and are bound by memory, not by
  // arithmetic. Nodes are numbered in insertion order and know their first
  // child and next sibling, so the rest of a key inserted in one go (most
  // nodes of a lexicon trie) lies in consecutive nodes and is walked without
  // a cache miss per byte. Nodes with three or more children (the root, the
  // nodes after the lead bytes of Hangul syllables, the branching points of
  // names) also get a direct table of 256 children instead of a sibling list
  // whose members lie far apart (three was the fastest threshold measured:
  // 15% faster extraction than six, two was slower again).
  static constexpr std::uint32_t kSparse = ~std::uint32_t{0};
  static constexpr std::uint32_t kTableAt = 3;  // children before a table
  struct Node {
    int value = kNone;
    std::uint32_t first_child = 0;   // 0: none (the root is nobody's child)
    std::uint32_t next_sibling = 0;  // 0: none
    std::uint16_t children = 0;      // saturates at kTableAt
    unsigned char byte = 0;          // the byte on the edge from the parent
    bool has_table = false;          // see tables_of_
  };
  std::uint32_t Child(std::uint32_t node, unsigned char byte) const {
    const Node& n = nodes_[node];
    if (n.has_table) return tables_[table_of_[node] + byte];
    for (std::uint32_t c = n.first_child; c != 0; c = nodes_[c].next_sibling) {
      if (nodes_[c].byte == byte) return c;
    }
    return 0;
  }
  std::uint32_t AddChild(std::uint32_t node, unsigned char byte);
  void MakeTable(std::uint32_t node);
  std::vector<Node> nodes_ = std::vector<Node>(1);  // node 0 is the root
  std::vector<std::uint32_t> table_of_;  // per node: offset of its table in tables_
  std::vector<std::uint32_t> tables_;    // 256 children per table, 0 = none
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_PHRASE_TRIE_H_
