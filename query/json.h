// JSON records of the query layer, written with RapidJSON: the answers of
// `newsgraph timeline|neighbors|path|ego|entity|stats --format json`, and
// the evidence record that serve and export write too.
// docs/query-json.md describes the records.
//
// The *Json functions return one JSON document without a trailing newline.
#ifndef NEWSGRAPH_QUERY_JSON_H_
#define NEWSGRAPH_QUERY_JSON_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/query.h"

namespace newsgraph::query {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// The evidence record, the same in every JSON that carries evidence (CLI,
// serve, export): {"doc_id", "doc_date", "source", "title", "url",
// "sentence", "start", "end", "field", "hedged", "time_text", "rule"};
// doc_date, source, title, url, time_text and rule are null when unknown.
void WriteEvidence(JsonWriter& w, const graph::EvidenceView& evidence);
// {"id", "name", "type", "aliases", "stock_code", "english_name", "lexicon_id"}
void WriteEntity(JsonWriter& w, const graph::EntityView& entity);
// The event record, with subject_name and object_name from `graph` and the
// evidence the view carries.
void WriteEvent(JsonWriter& w, const graph::KnowledgeGraph& graph, const graph::EventView& event);

// {"entity", "events"}
std::string TimelineJson(const graph::KnowledgeGraph& graph, const Timeline& timeline);
// {"entity", "neighbors": [{"entity", "relations", "event_count", "evidence_count"}]}
std::string NeighborsJson(const graph::EntityView& entity, const std::vector<Neighbor>& neighbors);
// {"from", "to", "paths": [{"entities", "events"}]}
std::string PathsJson(const graph::KnowledgeGraph& graph, const graph::EntityView& from,
                      const graph::EntityView& to, const std::vector<Path>& paths);
// {"center", "hops", "entities", "events"}
std::string EgoJson(const graph::KnowledgeGraph& graph, graph::EntityId center, int hops,
                    const graph::Subgraph& ego);
// [{"entity", "roles", "event_count", "neighbor_count"}]
std::string EntityCardsJson(const std::vector<EntityCard>& cards);
// {"name": count, ...} in the given order
std::string CountsJson(const std::vector<std::pair<std::string, std::size_t>>& counts);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_JSON_H_
