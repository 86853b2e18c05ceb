#include "extract/phrase_trie.h"

#include <algorithm>

namespace newsgraph::extract {

void PhraseTrie::MakeTable(std::uint32_t node) {
  const auto offset = static_cast<std::uint32_t>(tables_.size());
  tables_.resize(tables_.size() + 256, 0);
  for (std::uint32_t c = nodes_[node].first_child; c != 0; c = nodes_[c].next_sibling) {
    tables_[offset + nodes_[c].byte] = c;
  }
  if (table_of_.size() <= node) table_of_.resize(node + 1, kSparse);
  table_of_[node] = offset;
  nodes_[node].has_table = true;
}

std::uint32_t PhraseTrie::AddChild(std::uint32_t node, unsigned char byte) {
  if (const std::uint32_t child = Child(node, byte)) return child;
  const auto child = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  nodes_[child].byte = byte;
  Node& parent = nodes_[node];
  nodes_[child].next_sibling = parent.first_child;
  parent.first_child = child;
  if (parent.has_table) {
    tables_[table_of_[node] + byte] = child;
  } else if (++parent.children == kTableAt) {
    MakeTable(node);
  }
  return child;
}

void PhraseTrie::Insert(std::string_view key, int value) {
  if (key.empty()) return;
  std::uint32_t node = 0;
  for (unsigned char byte : key) node = AddChild(node, byte);
  if (nodes_[node].value == kNone) nodes_[node].value = value;
}

void PhraseTrie::MatchAll(std::string_view text, std::size_t pos,
                          std::vector<Match>* out) const {
  std::uint32_t node = 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    node = Child(node, static_cast<unsigned char>(text[i]));
    if (node == 0) return;
    const int value = nodes_[node].value;
    if (value != kNone) out->push_back({i + 1 - pos, value});
  }
}

PhraseTrie::Match PhraseTrie::Longest(std::string_view text, std::size_t pos) const {
  Match best;
  std::uint32_t node = 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    node = Child(node, static_cast<unsigned char>(text[i]));
    if (node == 0) break;
    const int value = nodes_[node].value;
    if (value != kNone) best = {i + 1 - pos, value};
  }
  return best;
}

PhraseTrie::Match PhraseTrie::LongestBackward(std::string_view text, std::size_t end) const {
  Match best;
  std::uint32_t node = 0;
  const std::size_t stop = std::min(end, text.size());
  for (std::size_t i = stop; i > 0; --i) {
    node = Child(node, static_cast<unsigned char>(text[i - 1]));
    if (node == 0) break;
    const int value = nodes_[node].value;
    if (value != kNone) best = {stop - i + 1, value};
  }
  return best;
}

}  // namespace newsgraph::extract
