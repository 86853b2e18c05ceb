// JSON for dashboards (docs/export-json.md fixes the schema), Cytoscape.js
// elements, and one entity's timeline.
#ifndef NEWSGRAPH_EXPORT_JSON_EXPORT_H_
#define NEWSGRAPH_EXPORT_JSON_EXPORT_H_

#include <string>
#include <vector>

#include "graph/graph_view.h"

namespace newsgraph::exporter {

// Written as "schema_version": bump it when a field changes meaning or goes.
inline constexpr int kJsonSchemaVersion = 1;

// {"schema_version", "nodes": [...], "edges": [...]}: one node per entity,
// one edge per event (not folded), ids are the graph's stable ids, order by
// id. Edges carry their evidence when the Subgraph has it. One line plus a
// newline. Events with an endpoint outside graph.entities are left out.
std::string ToDashboardJson(const graph::Subgraph& graph);

// Cytoscape.js elements: {"elements": {"nodes": [{"data": {...},
// "classes": "..."}], "edges": [...]}}. Node ids "n<id>", edge ids "r<id>";
// classes name the entity type, the relation, "symmetric" and "hedged" for
// style sheets. Evidence is not included (counts are).
std::string ToCytoscapeJson(const graph::Subgraph& graph);

// One entity's events for a timeline widget:
// {"entity": {...}, "items": [{"event_id", "time", "start", "end",
// "relation", "direction", "counterpart": {...}, "stated", "hedged",
// "source_count", "sources": [...]}]}. Items in time order (span start, then
// end, then id), undated last; "sources" lists the evidence (one per article
// that reports the event). `counterparts` supplies the other entities' names;
// one missing there is written with null name and type.
std::string ToTimelineJson(const graph::EntityView& entity,
                           const std::vector<graph::EventView>& events,
                           const std::vector<graph::EntityView>& counterparts);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_JSON_EXPORT_H_
