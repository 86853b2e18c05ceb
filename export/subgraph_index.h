// Internal to export/: lookups over a Subgraph that several formats need.
#ifndef NEWSGRAPH_EXPORT_SUBGRAPH_INDEX_H_
#define NEWSGRAPH_EXPORT_SUBGRAPH_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/graph_view.h"

namespace newsgraph::exporter {

// Entities and events of a Subgraph in id order, the events restricted to
// those whose both ends are among the entities, and each entity's degree
// (number of such events touching it). Holds pointers into the Subgraph:
// it must outlive the index.
class SubgraphIndex {
 public:
  explicit SubgraphIndex(const graph::Subgraph& graph) {
    for (const graph::EntityView& v : graph.entities) entities_.push_back(&v);
    std::sort(entities_.begin(), entities_.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (const graph::EntityView* v : entities_) degree_[v->id] = 0;
    for (const graph::EventView& e : graph.events) {
      if (!degree_.contains(e.subject) || !degree_.contains(e.object)) continue;
      events_.push_back(&e);
    }
    std::sort(events_.begin(), events_.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (const graph::EventView* e : events_) {
      ++degree_[e->subject];
      ++degree_[e->object];
    }
  }

  const std::vector<const graph::EntityView*>& entities() const { return entities_; }
  const std::vector<const graph::EventView*>& events() const { return events_; }
  int degree(graph::EntityId id) const {
    const auto it = degree_.find(id);
    return it == degree_.end() ? 0 : it->second;
  }

 private:
  std::vector<const graph::EntityView*> entities_;
  std::vector<const graph::EventView*> events_;
  std::unordered_map<graph::EntityId, int> degree_;
};

// "n12", "r34": an id with a one-letter prefix, for formats whose ids are
// strings. (Built with append: g++ 12 warns falsely on "n" + to_string.)
inline std::string PrefixedId(char prefix, std::int64_t id) {
  std::string out(1, prefix);
  return out.append(std::to_string(id));
}

// An event's attributes as one text field: "place=서울; title=회장".
inline std::string AttributesText(const std::map<std::string, std::string>& attributes) {
  std::string out;
  for (const auto& [key, value] : attributes) {
    if (!out.empty()) out += "; ";
    out += key + "=" + value;
  }
  return out;
}

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_SUBGRAPH_INDEX_H_
