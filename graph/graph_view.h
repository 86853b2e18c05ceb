// Plain, Boost-free views of the knowledge graph: what queries return and what
// export/, serve/ and cli/ consume. Ids are stable: they are the SQLite row ids
// of the entity and relation tables (see store/), so they survive reloads.
#ifndef NEWSGRAPH_GRAPH_GRAPH_VIEW_H_
#define NEWSGRAPH_GRAPH_GRAPH_VIEW_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/extraction.h"

namespace newsgraph::graph {

using EntityId = std::int64_t;
using EventId = std::int64_t;

struct EntityView {
  EntityId id = 0;
  std::string name;  // canonical
  newsgraph::EntityType type = newsgraph::EntityType::kOrg;
  std::vector<std::string> aliases;  // every other surface form, sorted
  std::string stock_code;            // "" when unknown
  std::string english_name;          // "" when unknown
  std::string lexicon_id;            // "" when not from a lexicon
};

// One piece of evidence: where an article states (or speculates) the event.
struct EvidenceView {
  std::string doc_id;
  std::string doc_date;  // publication date, "" when unknown
  std::string source;
  std::string title;
  std::string url;
  std::string sentence;
  std::size_t start = 0;  // code point offsets of the sentence in the field
  std::size_t end = 0;
  std::string field = "text";  // "text" or "title"
  bool hedged = false;
  std::string time_text;  // the time expression as written, "" when none
  std::string rule;
};

// One relation event: one edge however many articles report it.
struct EventView {
  EventId id = 0;
  EntityId subject = 0;
  EntityId object = 0;
  std::string relation;  // inventory name (data/relation_types.tsv)
  bool symmetric = false;
  std::string time;       // ISO value ("2025-02-04", "2024-06", "2025-Q1", "A/B"), "" = undated
  bool stated = false;    // some evidence states it as fact (not hedged)
  std::map<std::string, std::string> attributes;  // place, title, product, ...
  int source_count = 0;   // distinct sources among its evidence
  int evidence_count = 0;
  std::vector<EvidenceView> evidence;  // filled only when asked for
};

// A set of entities and the events among them (whole graph, ego network, path).
struct Subgraph {
  std::vector<EntityView> entities;  // sorted by id
  std::vector<EventView> events;     // sorted by id
};

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_GRAPH_VIEW_H_
