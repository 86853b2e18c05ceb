#include "serve/json_out.h"

namespace newsgraph::serve {

void WriteEvidence(JsonOut& out, const graph::EvidenceView& e) {
  out.BeginObject()
      .Member("doc_id", e.doc_id)
      .Member("doc_date", e.doc_date)
      .Member("source", e.source)
      .Member("title", e.title)
      .Member("url", e.url)
      .Member("sentence", e.sentence)
      .Member("start", e.start)
      .Member("end", e.end)
      .Member("field", e.field)
      .Member("hedged", e.hedged)
      .Member("time_text", e.time_text)
      .Member("rule", e.rule)
      .EndObject();
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
