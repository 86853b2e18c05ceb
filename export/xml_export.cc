#include "export/xml_export.h"

#include <algorithm>
#include <map>

#include "core/calendar.h"
#include "core/utf8.h"
#include "export/subgraph_index.h"

namespace newsgraph::exporter {
namespace {

using graph::EntityView;
using graph::EventView;

constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

std::string Join(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out += separator;
    out += v;
  }
  return out;
}

std::string EdgeLabel(const EventView& e) {
  return e.time.empty() ? e.relation : e.relation + " " + e.time;
}

const char* Bool(bool value) { return value ? "true" : "false"; }

// ---- GraphML --------------------------------------------------------------

struct GraphmlKey {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;    // GraphML attr.type
};

// Key ids are written to files: do not rename.
constexpr GraphmlKey kGraphmlKeys[] = {
    {"v_label", "node", "label", "string"},
    {"v_name", "node", "name", "string"},
    {"v_type", "node", "type", "string"},
    {"v_aliases", "node", "aliases", "string"},
    {"v_stock_code", "node", "stock_code", "string"},
    {"v_english_name", "node", "english_name", "string"},
    {"v_entity_id", "node", "entity_id", "long"},
    {"v_degree", "node", "degree", "int"},
    {"e_label", "edge", "label", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_symmetric", "edge", "symmetric", "boolean"},
    {"e_time", "edge", "time", "string"},
    {"e_start", "edge", "start", "string"},
    {"e_end", "edge", "end", "string"},
    {"e_stated", "edge", "stated", "boolean"},
    {"e_hedged", "edge", "hedged", "boolean"},
    {"e_source_count", "edge", "source_count", "int"},
    {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_attributes", "edge", "attributes", "string"},
    {"e_event_id", "edge", "event_id", "long"},
};

void Data(std::string* out, const char* key, const std::string& value) {
  if (value.empty()) return;
  *out += "      <data key=\"";
  *out += key;
  *out += "\">" + EscapeXml(value) + "</data>\n";
}

void GraphmlNode(const EntityView& v, int degree, std::string* out) {
  *out += "    <node id=\"n" + std::to_string(v.id) + "\">\n";
  Data(out, "v_label", v.name);
  Data(out, "v_name", v.name);
  Data(out, "v_type", std::string(newsgraph::EntityTypeName(v.type)));
  Data(out, "v_aliases", Join(v.aliases, "|"));
  Data(out, "v_stock_code", v.stock_code);
  Data(out, "v_english_name", v.english_name);
  Data(out, "v_entity_id", std::to_string(v.id));
  Data(out, "v_degree", std::to_string(degree));
  *out += "    </node>\n";
}

void GraphmlEdge(const EventView& e, std::string* out) {
  const auto span = ParseTimeSpan(e.time);
  *out += "    <edge id=\"r" + std::to_string(e.id) + "\" source=\"n" + std::to_string(e.subject) +
          "\" target=\"n" + std::to_string(e.object) + "\">\n";
  Data(out, "e_label", EdgeLabel(e));
  Data(out, "e_relation", e.relation);
  Data(out, "e_symmetric", Bool(e.symmetric));
  Data(out, "e_time", e.time);
  Data(out, "e_start", span ? span->first : "");
  Data(out, "e_end", span ? span->last : "");
  Data(out, "e_stated", Bool(e.stated));
  Data(out, "e_hedged", Bool(!e.stated));
  Data(out, "e_source_count", std::to_string(e.source_count));
  Data(out, "e_evidence_count", std::to_string(e.evidence_count));
  Data(out, "e_attributes", AttributesText(e.attributes));
  Data(out, "e_event_id", std::to_string(e.id));
  *out += "    </edge>\n";
}

// ---- GEXF -----------------------------------------------------------------

void AttValue(std::string* out, const char* key, const std::string& value) {
  if (value.empty()) return;
  *out += "          <attvalue for=\"";
  *out += key;
  *out += "\" value=\"" + EscapeXml(value) + "\"/>\n";
}

void GexfAttributeDeclarations(std::string* out) {
  *out +=
      "    <attributes class=\"node\" mode=\"static\">\n"
      "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
      "      <attribute id=\"stock_code\" title=\"stock_code\" type=\"string\"/>\n"
      "      <attribute id=\"english_name\" title=\"english_name\" type=\"string\"/>\n"
      "      <attribute id=\"entity_id\" title=\"entity_id\" type=\"long\"/>\n"
      "      <attribute id=\"degree\" title=\"degree\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\" mode=\"static\">\n"
      "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
      "      <attribute id=\"time\" title=\"time\" type=\"string\"/>\n"
      "      <attribute id=\"stated\" title=\"stated\" type=\"boolean\"/>\n"
      "      <attribute id=\"hedged\" title=\"hedged\" type=\"boolean\"/>\n"
      "      <attribute id=\"source_count\" title=\"source_count\" type=\"integer\"/>\n"
      "      <attribute id=\"evidence_count\" title=\"evidence_count\" type=\"integer\"/>\n"
      "      <attribute id=\"attributes\" title=\"attributes\" type=\"string\"/>\n"
      "      <attribute id=\"event_id\" title=\"event_id\" type=\"long\"/>\n"
      "    </attributes>\n";
}

void GexfNode(const EntityView& v, int degree, std::string* out) {
  *out += "      <node id=\"n" + std::to_string(v.id) + "\" label=\"" + EscapeXml(v.name) +
          "\">\n        <attvalues>\n";
  AttValue(out, "type", std::string(newsgraph::EntityTypeName(v.type)));
  AttValue(out, "aliases", Join(v.aliases, "|"));
  AttValue(out, "stock_code", v.stock_code);
  AttValue(out, "english_name", v.english_name);
  AttValue(out, "entity_id", std::to_string(v.id));
  AttValue(out, "degree", std::to_string(degree));
  *out += "        </attvalues>\n      </node>\n";
}

void GexfEdge(const EventView& e, std::string* out) {
  *out += "      <edge id=\"r" + std::to_string(e.id) + "\" source=\"n" +
          std::to_string(e.subject) + "\" target=\"n" + std::to_string(e.object) +
          "\" type=\"" + (e.symmetric ? "undirected" : "directed") + "\" label=\"" +
          EscapeXml(EdgeLabel(e)) + "\" weight=\"" + std::to_string(std::max(e.source_count, 1)) +
          "\"";
  if (const auto span = ParseTimeSpan(e.time)) {
    *out += " start=\"" + span->first + "\" end=\"" + span->last + "\"";
  }
  *out += ">\n        <attvalues>\n";
  AttValue(out, "relation", e.relation);
  AttValue(out, "time", e.time);
  AttValue(out, "stated", Bool(e.stated));
  AttValue(out, "hedged", Bool(!e.stated));
  AttValue(out, "source_count", std::to_string(e.source_count));
  AttValue(out, "evidence_count", std::to_string(e.evidence_count));
  AttValue(out, "attributes", AttributesText(e.attributes));
  AttValue(out, "event_id", std::to_string(e.id));
  *out += "        </attvalues>\n      </edge>\n";
}

}  // namespace

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = newsgraph::DecodeUtf8(text, &pos);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        // XML 1.0 allows no other C0 control character, nor U+FFFE/U+FFFF.
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) break;
        newsgraph::AppendUtf8(c, &out);
    }
  }
  return out;
}

std::string ToGraphml(const graph::Subgraph& graph) {
  const SubgraphIndex index(graph);
  std::string out(kXmlDeclaration);
  out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const GraphmlKey& k : kGraphmlKeys) {
    out += "  <key id=\"" + std::string(k.id) + "\" for=\"" + k.domain + "\" attr.name=\"" +
           k.name + "\" attr.type=\"" + k.type + "\"/>\n";
  }
  out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  for (const EntityView* v : index.entities()) GraphmlNode(*v, index.degree(v->id), &out);
  for (const EventView* e : index.events()) GraphmlEdge(*e, &out);
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string ToGexf(const graph::Subgraph& graph) {
  const SubgraphIndex index(graph);
  std::string out(kXmlDeclaration);
  out +=
      "<gexf xmlns=\"http://gexf.net/1.3\""
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\""
      " version=\"1.3\">\n"
      "  <meta>\n    <creator>newsgraph</creator>\n"
      "    <description>entities and relation events from business news</description>\n"
      "  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\""
      " timerepresentation=\"interval\">\n";
  GexfAttributeDeclarations(&out);
  out += "    <nodes>\n";
  for (const EntityView* v : index.entities()) GexfNode(*v, index.degree(v->id), &out);
  out += "    </nodes>\n    <edges>\n";
  for (const EventView* e : index.events()) GexfEdge(*e, &out);
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

}  // namespace newsgraph::exporter
