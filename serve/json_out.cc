#include "serve/json_out.h"

#include "query/json.h"

namespace newsgraph::serve {

void WriteEvidence(JsonOut& out, const graph::EvidenceView& e) {
  query::WriteEvidence(out.writer(), e);
}

void WriteEvent(JsonOut& out, const graph::EventView& event, const EntityNamer& namer) {
  out.BeginObject().Member("id", event.id).Member("relation", event.relation);
  out.Member("symmetric", event.symmetric);
  out.Key("subject");
  namer(out, event.subject);
  out.Key("object");
  namer(out, event.object);
  out.Member("time", event.time).Member("stated", event.stated);
  out.Key("attributes").BeginObject();
  for (const auto& [key, value] : event.attributes) out.Member(key, value);
  out.EndObject();
  out.Member("source_count", event.source_count).Member("evidence_count", event.evidence_count);
  if (!event.evidence.empty()) {
    out.Key("evidence").BeginArray();
    for (const graph::EvidenceView& e : event.evidence) WriteEvidence(out, e);
    out.EndArray();
  }
  out.EndObject();
}

}  // namespace newsgraph::serve
