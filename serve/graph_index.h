// GraphIndex: what search, entity references and timelines need, built once
// when the server starts, so that a search does not walk the graph, a
// reference {"id", "name", "type"} costs one hash lookup, and a timeline
// shows one sentence per event without copying all of its evidence.
#ifndef NEWSGRAPH_SERVE_GRAPH_INDEX_H_
#define NEWSGRAPH_SERVE_GRAPH_INDEX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "serve/json_out.h"

namespace newsgraph::serve {

class GraphIndex {
 public:
  struct Entry {
    graph::EntityId id = 0;
    std::string name;
    std::string type;  // "ORG", ...
    std::string stock_code;
    std::vector<std::string> keys;  // NameKey of name, aliases, English name; stock code
    std::size_t events = 0;         // events the entity takes part in
  };

  explicit GraphIndex(const graph::KnowledgeGraph& graph);

  const Entry* Find(graph::EntityId id) const;
  // The sentence that best shows an event: the first that states it as fact,
  // else the first. nullptr when the event has none.
  const graph::EvidenceView* Snippet(graph::EventId id) const;

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
  std::unordered_map<graph::EventId, graph::EvidenceView> snippets_;
};

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_GRAPH_INDEX_H_
