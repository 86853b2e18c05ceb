#include "export/dot.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/calendar.h"
#include "core/relation_types.h"
#include "export/subgraph_index.h"

namespace newsgraph::exporter {
namespace {

using newsgraph::EntityType;
using graph::EntityId;
using graph::EntityView;
using graph::EventView;
using graph::Subgraph;

std::string_view Shape(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "ellipse";
    case EntityType::kOrg: return "box";
    case EntityType::kProduct: return "component";
    case EntityType::kProject: return "folder";
    case EntityType::kEvent: return "diamond";
    case EntityType::kPlace: return "house";
  }
  return "ellipse";
}

std::string_view Fill(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "#fde9d9";
    case EntityType::kOrg: return "#deebf7";
    case EntityType::kProduct: return "#e5f5e0";
    case EntityType::kProject: return "#fff2cc";
    case EntityType::kEvent: return "#efe3f7";
    case EntityType::kPlace: return "#eeeeee";
  }
  return "#ffffff";
}

// The relation's colour from the inventory (data/relation_types.tsv), which
// the serve page reads too (/api/relation-types), so both draw alike.
std::string_view RelationColor(std::string_view relation) {
  const newsgraph::RelationTypeInfo* info = newsgraph::FindRelationType(relation);
  return info == nullptr ? "#444444" : std::string_view(info->color);
}

std::string NodeName(EntityId id) { return PrefixedId('e', id); }

// Events of one relation between one pair, drawn as one edge.
struct FoldedEdge {
  EntityId tail = 0;
  EntityId head = 0;
  std::string relation;
  bool symmetric = false;
  std::vector<const EventView*> events;  // in id order
};

std::vector<FoldedEdge> FoldEvents(const std::vector<EventView>& events) {
  std::map<std::tuple<EntityId, EntityId, std::string>, std::size_t> index;
  std::vector<FoldedEdge> edges;
  std::vector<const EventView*> sorted;
  for (const EventView& e : events) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(),
            [](const EventView* a, const EventView* b) { return a->id < b->id; });
  for (const EventView* e : sorted) {
    EntityId tail = e->subject, head = e->object;
    if (e->symmetric && head < tail) std::swap(tail, head);
    const auto [it, added] = index.try_emplace({tail, head, e->relation}, edges.size());
    if (added) edges.push_back({tail, head, e->relation, e->symmetric, {}});
    edges[it->second].events.push_back(e);
  }
  return edges;  // in the order of each edge's first event id
}

// "meet 2024-01, 2024-06, 2025-02-04": dates in time order, undated last.
std::string EdgeLabel(const FoldedEdge& edge, std::size_t max_dates) {
  std::vector<std::pair<std::string, std::string>> dated;  // (sort key, value)
  bool undated = false;
  for (const EventView* e : edge.events) {
    const auto span = ParseTimeSpan(e->time);
    if (e->time.empty()) {
      undated = true;
    } else {
      // Unparsable values sort after parsable ones but are still shown.
      dated.emplace_back(span ? span->first + span->last : "~" + e->time, e->time);
    }
  }
  std::sort(dated.begin(), dated.end());
  dated.erase(std::unique(dated.begin(), dated.end()), dated.end());
  std::vector<std::string> parts;
  for (const auto& d : dated) parts.push_back(d.second);
  if (undated && !parts.empty()) parts.push_back("undated");
  std::string label = edge.relation;
  const std::size_t shown = std::min(parts.size(), max_dates);
  for (std::size_t i = 0; i < shown; ++i) label += (i == 0 ? " " : ", ") + parts[i];
  if (parts.size() > shown) label += ", +" + std::to_string(parts.size() - shown) + " more";
  return label;
}

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  return out.append(EscapeDotLabel(text)).append("\"");
}

std::string NodeTooltip(const EntityView& v) {
  std::string t = v.name + " (" + std::string(newsgraph::EntityTypeName(v.type)) + ")";
  if (!v.english_name.empty()) t += "\n" + v.english_name;
  if (!v.stock_code.empty()) t += "\n" + v.stock_code;
  return t;
}

void AppendNode(const EntityView& v, const std::string& indent, std::string* out) {
  *out += indent + NodeName(v.id) + " [label=" + Quoted(v.name) + ", shape=" +
          std::string(Shape(v.type)) + ", fillcolor=\"" + std::string(Fill(v.type)) +
          "\", tooltip=" + Quoted(NodeTooltip(v)) + "];\n";
}

void AppendEdge(const FoldedEdge& edge, const DotOptions& options, std::string* out) {
  // Sources are counted per event and may overlap between events: the
  // best reported event sets the width.
  int sources = 0;
  bool stated = false;
  for (const EventView* e : edge.events) {
    sources = std::max(sources, e->source_count);
    stated = stated || e->stated;
  }
  const std::string color(RelationColor(edge.relation));
  // 1.0 for one source, up to 3.0 from five on: well reported edges stand out.
  const double width = 1.0 + 0.5 * std::clamp(sources - 1, 0, 4);
  char width_text[16];
  std::snprintf(width_text, sizeof width_text, "%.1f", width);
  std::string tooltip = edge.relation;
  tooltip.append(": ").append(std::to_string(edge.events.size()));
  tooltip += edge.events.size() == 1 ? " event, " : " events, up to ";
  tooltip += std::to_string(sources) + (sources == 1 ? " source" : " sources");
  if (!stated) tooltip += ", hedged only";
  *out += "  " + NodeName(edge.tail) + " -> " + NodeName(edge.head) +
          " [label=" + Quoted(EdgeLabel(edge, options.max_dates_per_label)) + ", color=\"" +
          color + "\", fontcolor=\"" + color + "\", penwidth=" + width_text +
          ", tooltip=" + Quoted(tooltip);
  if (edge.symmetric) *out += ", dir=none";
  if (!stated) *out += ", style=dashed";
  *out += "];\n";
}

// Maps each entity to the top of its `subsidiary` chain (child -> parent),
// for entities in a group; the top maps to itself.
std::map<EntityId, EntityId> GroupRoots(const Subgraph& graph) {
  std::map<EntityId, EntityId> parent;  // the smallest parent id wins
  for (const EventView& e : graph.events) {
    if (e.relation != "subsidiary") continue;
    const auto it = parent.find(e.subject);
    if (it == parent.end() || e.object < it->second) parent[e.subject] = e.object;
  }
  std::map<EntityId, EntityId> root;
  for (const auto& [child, unused] : parent) {
    EntityId top = child;
    std::unordered_set<EntityId> seen = {top};
    // A cycle of subsidiaries (bad data) stops at the first repeated entity.
    for (auto it = parent.find(top); it != parent.end() && seen.insert(it->second).second;
         it = parent.find(top)) {
      top = it->second;
    }
    root[child] = top;
    root[top] = top;
  }
  return root;
}

void AppendLegend(const std::vector<FoldedEdge>& edges, std::string* out) {
  std::set<std::string> relations;
  bool hedged = false;
  for (const FoldedEdge& edge : edges) {
    relations.insert(edge.relation);
    hedged = hedged || std::none_of(edge.events.begin(), edge.events.end(),
                                    [](const EventView* e) { return e->stated; });
  }
  *out += "  subgraph cluster_legend {\n    label=\"legend\";\n    style=\"rounded\";\n"
          "    color=\"#bbbbbb\";\n    legend_key [shape=plaintext, style=\"\", label=<"
          "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">";
  for (const std::string& r : relations) {
    // Relation names are inventory names, but escape them all the same.
    *out += "<TR><TD BGCOLOR=\"" + std::string(RelationColor(r)) +
            "\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">" + EscapeDotLabel(r) + "</TD></TR>";
  }
  if (hedged) *out += "<TR><TD>- -</TD><TD ALIGN=\"LEFT\">hedged only</TD></TR>";
  *out += "</TABLE>>];\n  }\n";
}

}  // namespace

std::string EscapeDotLabel(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;  // Graphviz's centred line break
      case '\r': break;
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default:
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    }
  }
  return out;
}

std::string ToDot(const Subgraph& graph, const DotOptions& options) {
  std::vector<const EntityView*> entities;
  for (const EntityView& v : graph.entities) entities.push_back(&v);
  std::sort(entities.begin(), entities.end(),
            [](const EntityView* a, const EntityView* b) { return a->id < b->id; });
  std::unordered_set<EntityId> present;
  for (const EntityView* v : entities) present.insert(v->id);
  std::vector<EventView> events;  // both ends present: no dangling edge
  for (const EventView& e : graph.events) {
    if (present.contains(e.subject) && present.contains(e.object)) events.push_back(e);
  }
  const std::vector<FoldedEdge> edges = FoldEvents(events);

  const std::string font = Quoted(options.font);
  std::string out = "digraph newsgraph {\n";
  // newrank: Graphviz 2.43's default cluster ranking double-frees in
  // gvFreeLayout on many graphs with clusters and labelled edges (13 of 32
  // random news-like graphs of 15-120 entities); the global ranking does not.
  out += "  graph [fontname=" + font + ", rankdir=" + Quoted(options.rankdir) +
         ", newrank=true, overlap=false, splines=true, fontsize=12];\n";
  out += "  node [fontname=" + font + ", fontsize=11, style=filled, color=\"#555555\"];\n";
  out += "  edge [fontname=" + font + ", fontsize=9, arrowsize=0.7];\n";

  std::map<EntityId, std::vector<const EntityView*>> groups;
  if (options.group_clusters) {
    const auto roots = GroupRoots({{}, events});
    for (const EntityView* v : entities) {
      const auto it = roots.find(v->id);
      if (it != roots.end() && present.contains(it->second)) groups[it->second].push_back(v);
    }
  }
  std::unordered_set<EntityId> clustered;
  for (const auto& [root, members] : groups) {
    const auto top = std::find_if(entities.begin(), entities.end(),
                                  [&](const EntityView* v) { return v->id == root; });
    out += "  subgraph cluster_group_" + std::to_string(root) + " {\n    label=" +
           Quoted((*top)->name) +
           ";\n    style=\"rounded,filled\";\n    fillcolor=\"#f7f7f7\";\n    color=\"#aaaaaa\";\n";
    for (const EntityView* v : members) {
      AppendNode(*v, "    ", &out);
      clustered.insert(v->id);
    }
    out += "  }\n";
  }
  for (const EntityView* v : entities) {
    if (!clustered.contains(v->id)) AppendNode(*v, "  ", &out);
  }
  for (const FoldedEdge& edge : edges) AppendEdge(edge, options, &out);
  if (options.legend && !edges.empty()) AppendLegend(edges, &out);
  out += "}\n";
  return out;
}

}  // namespace newsgraph::exporter
