// Which entity a user means: the one resolver of the CLI, serve and export.
//
// A reference is, in this order:
//  * "#ID" (digits after '#'): the entity with that id, nothing else;
//  * with ResolveOptions::number_is_id_first, a bare number: that id when the
//    entity exists (for machine callers such as the web page, which send ids);
//  * a name: every entity one of whose names (canonical, alias, stock
//    code, lexicon id: KnowledgeGraph::FindEntities) matches;
//  * a bare number that no name matches: that id when the entity exists.
#ifndef NEWSGRAPH_QUERY_RESOLVE_H_
#define NEWSGRAPH_QUERY_RESOLVE_H_

#include <string_view>
#include <vector>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::query {

struct ResolveOptions {
  bool number_is_id_first = false;
};

struct Resolution {
  std::vector<graph::EntityId> matches;  // every entity the reference names, by id

  bool found() const { return matches.size() == 1; }
  bool ambiguous() const { return matches.size() > 1; }
  // The entity, when found().
  graph::EntityId id() const { return matches.front(); }
};

// True for "#" followed by at least one character: the caller meant an id
// (used to word a "not found" message).
bool IsIdReference(std::string_view reference);

Resolution Resolve(const graph::KnowledgeGraph& graph, std::string_view reference,
                   const ResolveOptions& options = {});

// Resolve with the outcome as a Status: NotFound ("no entity #12", "no
// entity is named \"x\""), or InvalidInput when several entities share the
// name (the message lists them as "#id name (TYPE)" so the user can pass an
// id instead).
Status ResolveEntity(const graph::KnowledgeGraph& graph, std::string_view reference,
                     graph::EntityId* id);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_RESOLVE_H_
