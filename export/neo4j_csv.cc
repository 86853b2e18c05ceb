#include "export/neo4j_csv.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/calendar.h"
#include "export/subgraph_index.h"

namespace newsgraph::exporter {
namespace {

using graph::EntityView;
using graph::EventView;

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

std::string ArrayField(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += ';';
    joined += item;
  }
  return CsvField(joined);
}

const char* Bool(bool value) { return value ? "true" : "false"; }

void NodeRow(const EntityView& v, int degree, std::string* out) {
  *out += std::to_string(v.id) + "," + CsvField(v.name) + "," +
          CsvField("Entity;" + std::string(newsgraph::EntityTypeName(v.type))) + "," +
          ArrayField(v.aliases) + "," + CsvField(v.stock_code) + "," + CsvField(v.english_name) +
          "," + CsvField(v.lexicon_id) + "," + std::to_string(degree) + "\n";
}

void RelationshipRow(const EventView& e, std::string* out) {
  const auto span = ParseTimeSpan(e.time);
  *out += std::to_string(e.subject) + "," + std::to_string(e.object) + "," +
          CsvField(Upper(e.relation)) + "," + std::to_string(e.id) + "," + CsvField(e.time) +
          "," + (span ? span->first : "") + "," + (span ? span->last : "") + "," +
          Bool(e.symmetric) + "," + Bool(e.stated) + "," + Bool(!e.stated) + "," +
          std::to_string(e.source_count) + "," + std::to_string(e.evidence_count) + "," +
          CsvField(AttributesText(e.attributes)) + "\n";
}

}  // namespace

std::string CsvField(std::string_view field) {
  if (field.empty()) return "";
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Neo4jCsv ToNeo4jCsv(const graph::Subgraph& graph) {
  const SubgraphIndex index(graph);
  Neo4jCsv csv;
  csv.nodes =
      "entityId:ID,name,:LABEL,aliases:string[],stock_code,english_name,lexicon_id,degree:int\n";
  for (const EntityView* v : index.entities()) NodeRow(*v, index.degree(v->id), &csv.nodes);
  csv.relationships =
      ":START_ID,:END_ID,:TYPE,eventId:long,time,start:date,end:date,symmetric:boolean,"
      "stated:boolean,hedged:boolean,source_count:int,evidence_count:int,attributes\n";
  for (const EventView* e : index.events()) RelationshipRow(*e, &csv.relationships);
  return csv;
}

}  // namespace newsgraph::exporter
