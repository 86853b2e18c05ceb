#include "extract/phrase_trie.h"

namespace newsgraph::extract {
namespace {

std::size_t Hash(std::uint64_t edge) {
  edge *= 0x9E3779B97F4A7C15ULL;
  return static_cast<std::size_t>(edge ^ (edge >> 29));
}

}  // namespace

std::uint32_t PhraseTrie::Child(std::uint32_t node, unsigned char byte) const {
  const std::uint64_t edge = Edge(node, byte);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = Hash(edge) & mask;; i = (i + 1) & mask) {
    if (slots_[i].edge == edge) return slots_[i].child;
    if (slots_[i].edge == kEmpty) return 0;
  }
}

void PhraseTrie::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.edge == kEmpty) continue;
    std::size_t i = Hash(s.edge) & mask;
    while (slots_[i].edge != kEmpty) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::uint32_t PhraseTrie::AddChild(std::uint32_t node, unsigned char byte) {
  if (const std::uint32_t child = Child(node, byte)) return child;
  if ((edge_count_ + 1) * 2 > slots_.size()) Grow();
  const std::uint64_t edge = Edge(node, byte);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = Hash(edge) & mask;
  while (slots_[i].edge != kEmpty) i = (i + 1) & mask;
  const auto child = static_cast<std::uint32_t>(values_.size());
  slots_[i] = {edge, child};
  ++edge_count_;
  values_.push_back(kNone);
  return child;
}

void PhraseTrie::Insert(std::string_view key, int value) {
  if (key.empty()) return;
  std::uint32_t node = 0;
  for (unsigned char byte : key) node = AddChild(node, byte);
  if (values_[node] == kNone) values_[node] = value;
}

void PhraseTrie::MatchAll(std::string_view text, std::size_t pos,
                          std::vector<Match>* out) const {
  std::uint32_t node = 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    node = Child(node, static_cast<unsigned char>(text[i]));
    if (node == 0) return;
    if (values_[node] != kNone) out->push_back({i + 1 - pos, values_[node]});
  }
}

PhraseTrie::Match PhraseTrie::Longest(std::string_view text, std::size_t pos) const {
  Match best;
  std::uint32_t node = 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    node = Child(node, static_cast<unsigned char>(text[i]));
    if (node == 0) break;
    if (values_[node] != kNone) best = {i + 1 - pos, values_[node]};
  }
  return best;
}

}  // namespace newsgraph::extract
