// CSV node and relationship files for `neo4j-admin database import full`.
#ifndef NEWSGRAPH_EXPORT_NEO4J_CSV_H_
#define NEWSGRAPH_EXPORT_NEO4J_CSV_H_

#include <string>
#include <string_view>

#include "graph/graph_view.h"

namespace newsgraph::exporter {

struct Neo4jCsv {
  // entityId:ID,name,:LABEL,aliases:string[],stock_code,english_name,
  // lexicon_id,degree:int  -- labels "Entity;<TYPE>" (Entity;ORG).
  std::string nodes;
  // :START_ID,:END_ID,:TYPE,eventId:long,time,start:date,end:date,
  // symmetric:boolean,stated:boolean,hedged:boolean,source_count:int,
  // evidence_count:int,attributes  -- :TYPE is the relation in capitals
  // (MEET); one row per event, in id order.
  std::string relationships;
};

// RFC 4180 quoting: text fields in double quotes with quotes doubled;
// numbers and booleans bare; empty values as empty fields (no property in
// Neo4j). aliases use ';' between items, neo4j-admin's default array
// delimiter. A name with a line break needs --multiline-fields=true.
Neo4jCsv ToNeo4jCsv(const graph::Subgraph& graph);

// `field` as one CSV field: quoted with inner quotes doubled, or empty.
std::string CsvField(std::string_view field);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_NEO4J_CSV_H_
