// DOT (Graphviz) for a person to read: shapes by entity type, colours by
// relation type with a legend, one edge per related pair and relation with
// every date in its label, dashed edges for events only ever reported as
// speculation, and a cluster per business group and its affiliates.
#ifndef NEWSGRAPH_EXPORT_DOT_H_
#define NEWSGRAPH_EXPORT_DOT_H_

#include <string>
#include <string_view>

#include "graph/graph_view.h"

namespace newsgraph::exporter {

// A font with Hangul glyphs (Debian package fonts-nanum, installed by
// scripts/install-deps); fontconfig substitutes when it is missing.
inline constexpr std::string_view kDefaultFont = "NanumGothic";

struct DotOptions {
  std::string font = std::string(kDefaultFont);
  std::string rankdir = "LR";  // dot's rank direction: LR, TB, ...
  bool legend = true;          // a "legend" cluster naming the relation colours
  bool group_clusters = true;  // a cluster per business group (see below)
  std::size_t max_dates_per_label = 6;  // "... +3 more" beyond this
};

// The DOT text of `graph`. Deterministic: the same Subgraph gives the same
// bytes (entities by id, edges by their first event id).
//  * Nodes are named "e<entity id>"; label = canonical name; tooltip = type,
//    English name and stock code. PERSON ellipse, ORG box, PRODUCT
//    component, PROJECT folder, EVENT diamond, PLACE house.
//  * Events of one relation between one pair (either order for symmetric
//    relations) fold into one edge labelled "meet 2024-01, 2024-06,
//    2025-02-04" (dates in time order, undated last as "undated"). The edge
//    is dashed when none of its events is stated as fact, has dir=none for
//    symmetric relations, and grows thicker with its number of sources.
//  * A business group is an entity that others are `subsidiary` of (child ->
//    parent, following chains to the top). It and its affiliates present in
//    the graph are drawn in "cluster_group_<id>". An entity that is a
//    subsidiary of several parents joins the one with the smallest id.
//  * The legend is one plaintext node "legend_key" in "cluster_legend",
//    present when the graph has an edge.
// Every label and tooltip is escaped: quotes, backslashes, control
// characters, newlines (kept as line breaks) and <, >, & (as entities,
// which Graphviz decodes when it draws).
std::string ToDot(const graph::Subgraph& graph, const DotOptions& options = {});

// `text` as the inside of a double-quoted DOT string (without the quotes).
std::string EscapeDotLabel(std::string_view text);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_DOT_H_
