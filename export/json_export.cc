#include "export/json_export.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/calendar.h"
#include "export/subgraph_index.h"
#include "query/json.h"

namespace newsgraph::exporter {
namespace {

using graph::EntityView;
using graph::EventView;
using graph::EvidenceView;
using query::JsonWriter;

void String(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Unknown values are null rather than "" so a dashboard can tell them apart.
void StringOrNull(JsonWriter& w, const std::string& s) {
  if (s.empty()) {
    w.Null();
  } else {
    w.String(s);
  }
}

void Field(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value);
}

void NullableField(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  StringOrNull(w, value);
}

void TypeField(JsonWriter& w, const EntityView& v) {
  w.Key("type");
  String(w, newsgraph::EntityTypeName(v.type));
}

// "time", "start" and "end" (first and last day of the time value).
void TimeFields(JsonWriter& w, const std::string& time) {
  const auto span = ParseTimeSpan(time);
  NullableField(w, "time", time);
  NullableField(w, "start", span ? span->first : "");
  NullableField(w, "end", span ? span->last : "");
}

void Attributes(JsonWriter& w, const std::map<std::string, std::string>& attributes) {
  w.Key("attributes");
  w.StartObject();
  for (const auto& [key, value] : attributes) Field(w, key.c_str(), value);
  w.EndObject();
}

void StringArray(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) w.String(v);
  w.EndArray();
}

void EntityFields(JsonWriter& w, const EntityView& v) {
  Field(w, "name", v.name);
  TypeField(w, v);
  StringArray(w, "aliases", v.aliases);
  NullableField(w, "stock_code", v.stock_code);
  NullableField(w, "english_name", v.english_name);
}

void EventFields(JsonWriter& w, const EventView& e) {
  Field(w, "relation", e.relation);
  w.Key("symmetric");
  w.Bool(e.symmetric);
  TimeFields(w, e.time);
  w.Key("stated");
  w.Bool(e.stated);
  w.Key("hedged");  // reported only as speculation: the negation of stated
  w.Bool(!e.stated);
  w.Key("source_count");
  w.Int(e.source_count);
  w.Key("evidence_count");
  w.Int(e.evidence_count);
  Attributes(w, e.attributes);
}

std::string Finish(const rapidjson::StringBuffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

// The sort key of a timeline item: span start, span end, id; undated last.
std::tuple<bool, std::string, std::string, graph::EventId> TimeKey(const EventView& e) {
  const auto span = ParseTimeSpan(e.time);
  return {!span, span ? span->first : "", span ? span->last : "", e.id};
}

}  // namespace

std::string ToDashboardJson(const graph::Subgraph& graph) {
  const SubgraphIndex index(graph);
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("schema_version");
  w.Int(kJsonSchemaVersion);
  w.Key("nodes");
  w.StartArray();
  for (const EntityView* v : index.entities()) {
    w.StartObject();
    w.Key("id");
    w.Int64(v->id);
    EntityFields(w, *v);
    w.Key("degree");
    w.Int(index.degree(v->id));
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const EventView* e : index.events()) {
    w.StartObject();
    w.Key("id");
    w.Int64(e->id);
    w.Key("source");
    w.Int64(e->subject);
    w.Key("target");
    w.Int64(e->object);
    EventFields(w, *e);
    w.Key("evidence");
    w.StartArray();
    for (const EvidenceView& ev : e->evidence) query::WriteEvidence(w, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Finish(buffer);
}

std::string ToCytoscapeJson(const graph::Subgraph& graph) {
  const SubgraphIndex index(graph);
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("elements");
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (const EntityView* v : index.entities()) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    Field(w, "id", PrefixedId('n', v->id));
    w.Key("entity_id");
    w.Int64(v->id);
    Field(w, "label", v->name);
    EntityFields(w, *v);
    w.Key("degree");
    w.Int(index.degree(v->id));
    w.EndObject();
    std::string type(newsgraph::EntityTypeName(v->type));
    std::transform(type.begin(), type.end(), type.begin(), [](char c) { return c | 0x20; });
    Field(w, "classes", type);
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const EventView* e : index.events()) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    Field(w, "id", PrefixedId('r', e->id));
    w.Key("event_id");
    w.Int64(e->id);
    Field(w, "source", PrefixedId('n', e->subject));
    Field(w, "target", PrefixedId('n', e->object));
    Field(w, "label", e->time.empty() ? e->relation : e->relation + " " + e->time);
    EventFields(w, *e);
    w.EndObject();
    Field(w, "classes", e->relation + (e->symmetric ? " symmetric" : "") +
                            (e->stated ? "" : " hedged"));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  return Finish(buffer);
}

std::string ToTimelineJson(const EntityView& entity, const std::vector<EventView>& events,
                           const std::vector<EntityView>& counterparts) {
  std::unordered_map<graph::EntityId, const EntityView*> names;
  for (const EntityView& v : counterparts) names[v.id] = &v;
  std::vector<const EventView*> items;
  for (const EventView& e : events) items.push_back(&e);
  std::sort(items.begin(), items.end(),
            [](const EventView* a, const EventView* b) { return TimeKey(*a) < TimeKey(*b); });

  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("entity");
  w.StartObject();
  w.Key("id");
  w.Int64(entity.id);
  EntityFields(w, entity);
  w.EndObject();
  w.Key("items");
  w.StartArray();
  for (const EventView* e : items) {
    const bool outgoing = e->subject == entity.id;
    const graph::EntityId other = outgoing ? e->object : e->subject;
    w.StartObject();
    w.Key("event_id");
    w.Int64(e->id);
    TimeFields(w, e->time);
    Field(w, "relation", e->relation);
    // "out": the entity is the subject (investor, supplier...); "in": the
    // object; "both": a symmetric relation.
    Field(w, "direction", e->symmetric ? "both" : outgoing ? "out" : "in");
    w.Key("counterpart");
    w.StartObject();
    w.Key("id");
    w.Int64(other);
    const auto it = names.find(other);
    w.Key("name");
    if (it != names.end()) {
      w.String(it->second->name);
      TypeField(w, *it->second);
    } else {
      w.Null();
      w.Key("type");
      w.Null();
    }
    w.EndObject();
    w.Key("stated");
    w.Bool(e->stated);
    w.Key("hedged");
    w.Bool(!e->stated);
    w.Key("source_count");
    w.Int(e->source_count);
    Attributes(w, e->attributes);
    w.Key("sources");
    w.StartArray();
    for (const EvidenceView& ev : e->evidence) query::WriteEvidence(w, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Finish(buffer);
}

}  // namespace newsgraph::exporter
