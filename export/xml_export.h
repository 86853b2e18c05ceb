// XML graph formats for desktop tools: GraphML (Gephi, yEd, Boost.Graph's
// read_graphml) and GEXF 1.3 with time intervals (Gephi's timeline).
#ifndef NEWSGRAPH_EXPORT_XML_EXPORT_H_
#define NEWSGRAPH_EXPORT_XML_EXPORT_H_

#include <string>
#include <string_view>

#include "graph/graph_view.h"

namespace newsgraph::exporter {

// GraphML 1.0, every key declared with its attr.type. Nodes "n<id>" with
// label (= name), name, type, aliases ("|"-joined), stock_code,
// english_name, entity_id, degree; edges "r<id>", one per event, with label
// ("meet 2025-02-04"), relation, symmetric, time, start, end, stated,
// hedged, source_count, evidence_count, attributes ("key=value; ..."),
// event_id. The graph is directed (edgedefault="directed"); symmetric
// relations say so in "symmetric" rather than with per-edge directed="false",
// which Boost.Graph's reader rejects in a directed graph. Empty values are
// left out.
std::string ToGraphml(const graph::Subgraph& graph);

// GEXF 1.3, mode="dynamic", timeformat="date", timerepresentation="interval":
// an edge spans its event's days ("2024-06" -> start="2024-06-01"
// end="2024-06-30"); an undated edge has no interval (always present), and
// so do nodes. Symmetric relations are type="undirected" edges; weight is
// the number of sources.
std::string ToGexf(const graph::Subgraph& graph);

// `text` escaped for XML 1.0 element content and attribute values: & < > " '
// as entities, tab/newline/CR as character references (so attributes keep
// them), other control characters dropped (XML 1.0 forbids them), invalid
// UTF-8 as U+FFFD.
std::string EscapeXml(std::string_view text);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_XML_EXPORT_H_
