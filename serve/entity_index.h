// EntityIndex: what search and entity references need of every entity,
// built once when the server starts, so that a search does not walk the
// graph and a reference {"id", "name", "type"} costs one hash lookup.
#ifndef NEWSGRAPH_SERVE_ENTITY_INDEX_H_
#define NEWSGRAPH_SERVE_ENTITY_INDEX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "serve/json_out.h"

namespace newsgraph::serve {

class EntityIndex {
 public:
  struct Entry {
    graph::EntityId id = 0;
    std::string name;
    std::string type;  // "ORG", ...
    std::string stock_code;
    std::vector<std::string> keys;  // NameKey of name, aliases, English name; stock code
    std::size_t events = 0;         // events the entity takes part in
  };

  explicit EntityIndex(const graph::KnowledgeGraph& graph);

  const Entry* Find(graph::EntityId id) const;

  // Entities whose names match `query` (NameKey): exact matches first, then
  // prefix, then substring; within each, more events first, then id. An
  // empty query lists every entity by event count. `type` "" = any.
  // *total receives the number of matches before paging.
  std::vector<const Entry*> Search(std::string_view query, std::string_view type,
                                   std::size_t offset, std::size_t limit,
                                   std::size_t* total) const;

  // {"id", "name", "type"}
  void WriteRef(JsonOut& out, graph::EntityId id) const;
  EntityNamer Namer() const {
    return [this](JsonOut& out, graph::EntityId id) { WriteRef(out, id); };
  }

 private:
  std::vector<Entry> entries_;  // ascending id
  std::unordered_map<graph::EntityId, std::size_t> position_;
};

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_ENTITY_INDEX_H_
