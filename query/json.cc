#include "query/json.h"

#include <optional>

namespace newsgraph::query {
namespace {

using graph::EntityView;
using graph::EventView;

void String(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void Field(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  String(w, value);
}

// Unknown values are null rather than "", so a reader can tell them apart.
void NullableField(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    String(w, value);
  }
}

std::string Name(const graph::KnowledgeGraph& g, graph::EntityId id) {
  const std::optional<EntityView> e = g.Entity(id);
  return e ? e->name : std::string("#").append(std::to_string(id));  // not "#" + ...: g++ 12 warns falsely
}

std::string Take(const rapidjson::StringBuffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

void WriteEvidence(JsonWriter& w, const graph::EvidenceView& e) {
  w.StartObject();
  Field(w, "doc_id", e.doc_id);
  NullableField(w, "doc_date", e.doc_date);
  NullableField(w, "source", e.source);
  NullableField(w, "title", e.title);
  NullableField(w, "url", e.url);
  Field(w, "sentence", e.sentence);
  w.Key("start");
  w.Uint64(e.start);
  w.Key("end");
  w.Uint64(e.end);
  Field(w, "field", e.field);
  w.Key("hedged");
  w.Bool(e.hedged);
  NullableField(w, "time_text", e.time_text);
  NullableField(w, "rule", e.rule);
  w.EndObject();
}

void WriteEntity(JsonWriter& w, const EntityView& e) {
  w.StartObject();
  w.Key("id");
  w.Int64(e.id);
  Field(w, "name", e.name);
  Field(w, "type", newsgraph::EntityTypeName(e.type));
  w.Key("aliases");
  w.StartArray();
  for (const std::string& a : e.aliases) String(w, a);
  w.EndArray();
  Field(w, "stock_code", e.stock_code);
  Field(w, "english_name", e.english_name);
  Field(w, "lexicon_id", e.lexicon_id);
  w.EndObject();
}

void WriteEvent(JsonWriter& w, const graph::KnowledgeGraph& g, const EventView& ev) {
  w.StartObject();
  w.Key("id");
  w.Int64(ev.id);
  w.Key("subject");
  w.Int64(ev.subject);
  Field(w, "subject_name", Name(g, ev.subject));
  Field(w, "relation", ev.relation);
  w.Key("object");
  w.Int64(ev.object);
  Field(w, "object_name", Name(g, ev.object));
  w.Key("symmetric");
  w.Bool(ev.symmetric);
  w.Key("time");
  if (ev.time.empty()) {
    w.Null();
  } else {
    String(w, ev.time);
  }
  w.Key("stated");
  w.Bool(ev.stated);
  w.Key("attributes");
  w.StartObject();
  for (const auto& [k, v] : ev.attributes) Field(w, k.c_str(), v);
  w.EndObject();
  w.Key("source_count");
  w.Int(ev.source_count);
  w.Key("evidence_count");
  w.Int(ev.evidence_count);
  w.Key("evidence");
  w.StartArray();
  for (const graph::EvidenceView& e : ev.evidence) WriteEvidence(w, e);
  w.EndArray();
  w.EndObject();
}

std::string TimelineJson(const graph::KnowledgeGraph& g, const Timeline& timeline) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("entity");
  WriteEntity(w, timeline.entity);
  w.Key("events");
  w.StartArray();
  for (const EventView& ev : timeline.events) WriteEvent(w, g, ev);
  w.EndArray();
  w.EndObject();
  return Take(buffer);
}

std::string NeighborsJson(const EntityView& entity, const std::vector<Neighbor>& neighbors) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("entity");
  WriteEntity(w, entity);
  w.Key("neighbors");
  w.StartArray();
  for (const Neighbor& n : neighbors) {
    w.StartObject();
    w.Key("entity");
    WriteEntity(w, n.entity);
    w.Key("relations");
    w.StartObject();
    for (const auto& [rel, count] : n.relations) {
      w.Key(rel.c_str());
      w.Int(count);
    }
    w.EndObject();
    w.Key("event_count");
    w.Int(n.event_count);
    w.Key("evidence_count");
    w.Int(n.evidence_count);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Take(buffer);
}

std::string PathsJson(const graph::KnowledgeGraph& g, const EntityView& from, const EntityView& to,
                      const std::vector<Path>& paths) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("from");
  WriteEntity(w, from);
  w.Key("to");
  WriteEntity(w, to);
  w.Key("paths");
  w.StartArray();
  for (const Path& p : paths) {
    w.StartObject();
    w.Key("entities");
    w.StartArray();
    for (const EntityView& e : p.entities) WriteEntity(w, e);
    w.EndArray();
    w.Key("events");
    w.StartArray();
    for (const EventView& ev : p.events) WriteEvent(w, g, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Take(buffer);
}

std::string EgoJson(const graph::KnowledgeGraph& g, graph::EntityId center, int hops,
                    const graph::Subgraph& ego) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("center");
  w.Int64(center);
  w.Key("hops");
  w.Int(hops);
  w.Key("entities");
  w.StartArray();
  for (const EntityView& e : ego.entities) WriteEntity(w, e);
  w.EndArray();
  w.Key("events");
  w.StartArray();
  for (const EventView& ev : ego.events) WriteEvent(w, g, ev);
  w.EndArray();
  w.EndObject();
  return Take(buffer);
}

std::string EntityCardsJson(const std::vector<EntityCard>& cards) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartArray();
  for (const EntityCard& card : cards) {
    w.StartObject();
    w.Key("entity");
    WriteEntity(w, card.entity);
    w.Key("roles");
    w.StartArray();
    for (const std::string& r : card.roles) String(w, r);
    w.EndArray();
    w.Key("event_count");
    w.Uint64(card.event_count);
    w.Key("neighbor_count");
    w.Uint64(card.neighbor_count);
    w.EndObject();
  }
  w.EndArray();
  return Take(buffer);
}

std::string CountsJson(const std::vector<std::pair<std::string, std::size_t>>& counts) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  for (const auto& [name, count] : counts) {
    w.Key(name.c_str());
    w.Uint64(count);
  }
  w.EndObject();
  return Take(buffer);
}

}  // namespace newsgraph::query
