#include "extract/phrase_trie.h"

namespace newsgraph::extract {

void PhraseTrie::Insert(std::string_view key, int value) {
  if (key.empty()) return;
  std::uint32_t node = 0;
  for (unsigned char byte : key) {
    auto [it, added] = edges_.try_emplace(Edge(node, byte),
                                          static_cast<std::uint32_t>(values_.size()));
    if (added) values_.push_back(kNone);
    node = it->second;
  }
  if (values_[node] == kNone) values_[node] = value;
}

void PhraseTrie::MatchAll(std::string_view text, std::size_t pos,
                          std::vector<Match>* out) const {
  std::uint32_t node = 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    auto it = edges_.find(Edge(node, static_cast<unsigned char>(text[i])));
    if (it == edges_.end()) return;
    node = it->second;
    if (values_[node] != kNone) out->push_back({i + 1 - pos, values_[node]});
  }
}

PhraseTrie::Match PhraseTrie::Longest(std::string_view text, std::size_t pos) const {
  Match best;
  std::uint32_t node = 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    auto it = edges_.find(Edge(node, static_cast<unsigned char>(text[i])));
    if (it == edges_.end()) break;
    node = it->second;
    if (values_[node] != kNone) best = {i + 1 - pos, values_[node]};
  }
  return best;
}

}  // namespace newsgraph::extract
