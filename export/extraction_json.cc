#include "export/extraction_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newsgraph::exporter {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteStringOrNull(JsonWriter& w, const std::string& s) {
  if (s.empty()) {
    w.Null();
  } else {
    w.String(s);
  }
}

void WriteEntity(JsonWriter& w, const newsgraph::Entity& e) {
  w.StartObject();
  w.Key("name");
  w.String(e.name);
  w.Key("type");
  const std::string_view type = newsgraph::EntityTypeName(e.type);
  w.String(type.data(), static_cast<rapidjson::SizeType>(type.size()));
  w.Key("mentions");
  w.StartArray();
  for (const std::string& m : e.mentions) w.String(m);
  w.EndArray();
  w.Key("stock_code");
  WriteStringOrNull(w, e.stock_code);
  w.Key("score");
  w.Double(e.score);
  if (!e.english_name.empty()) {
    w.Key("english_name");
    w.String(e.english_name);
  }
  w.EndObject();
}

void WriteRelation(JsonWriter& w, const newsgraph::Relation& r) {
  w.StartObject();
  w.Key("subject");
  w.String(r.subject);
  w.Key("relation");
  w.String(r.relation);
  w.Key("object");
  w.String(r.object);
  w.Key("time");
  if (r.time) {
    w.StartObject();
    w.Key("value");
    w.String(r.time->value);
    w.Key("text");
    w.String(r.time->text);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("hedged");
  w.Bool(r.hedged);
  w.Key("score");
  w.Double(r.score);
  w.Key("attributes");
  w.StartObject();
  for (const auto& [key, value] : r.attributes) {
    w.Key(key.c_str(), static_cast<rapidjson::SizeType>(key.size()));
    w.String(value);
  }
  w.EndObject();
  w.Key("evidence");
  w.StartObject();
  w.Key("sentence");
  w.String(r.evidence.sentence);
  w.Key("start");
  w.Uint64(r.evidence.start);
  w.Key("end");
  w.Uint64(r.evidence.end);
  w.Key("field");
  w.String(r.evidence.field);
  w.EndObject();
  w.Key("rule");
  w.String(r.rule);
  w.EndObject();
}

void WriteStrings(JsonWriter& w, const char* key,
                  const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) w.String(v);
  w.EndArray();
}

void WriteSentenceTrace(JsonWriter& w, const SentenceTrace& s) {
  w.StartObject();
  w.Key("text");
  w.String(s.text);
  w.Key("field");
  w.String(s.field);
  w.Key("tokens");
  w.StartArray();
  for (const TokenTrace& t : s.tokens) {
    w.StartObject();
    w.Key("text");
    w.String(t.text);
    if (t.stem != t.text) {
      w.Key("stem");
      w.String(t.stem);
    }
    w.Key("role");
    WriteStringOrNull(w, t.role);
    w.EndObject();
  }
  w.EndArray();
  w.Key("mentions");
  w.StartArray();
  for (const MentionTrace& m : s.mentions) {
    w.StartObject();
    w.Key("text");
    w.String(m.text);
    WriteStrings(w, "entities", m.entities);
    w.Key("found_by");
    WriteStringOrNull(w, m.found_by);
    w.Key("role");
    WriteStringOrNull(w, m.role);
    w.EndObject();
  }
  w.EndArray();
  w.Key("times");
  w.StartArray();
  for (const TimeTrace& t : s.times) {
    w.StartObject();
    w.Key("text");
    w.String(t.text);
    w.Key("value");
    WriteStringOrNull(w, t.value);
    w.EndObject();
  }
  w.EndArray();
  w.Key("cues");
  w.StartArray();
  for (const CueTrace& c : s.cues) {
    w.StartObject();
    w.Key("cue");
    w.String(c.cue);
    w.Key("relation");
    w.String(c.relation);
    WriteStrings(w, "arguments", c.arguments);
    WriteStrings(w, "found", c.found);
    w.Key("outcome");
    WriteStringOrNull(w, c.outcome);
    w.EndObject();
  }
  w.EndArray();
  w.Key("verdicts");
  w.StartArray();
  for (const VerdictTrace& v : s.verdicts) {
    w.StartObject();
    w.Key("relation");
    w.String(v.relation);
    w.Key("verdict");
    w.String(v.verdict);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteExplanation(JsonWriter& w, const Explanation& e) {
  w.StartObject();
  w.Key("language");
  w.String(e.language);
  WriteStrings(w, "mention_finders", e.mention_finders);
  w.Key("sentences");
  w.StartArray();
  for (const SentenceTrace& s : e.sentences) WriteSentenceTrace(w, s);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string ExtractionToJsonLine(const newsgraph::Extraction& extraction,
                                 const Explanation* explanation) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  // Scores are estimates: three decimals say all they mean.
  w.SetMaxDecimalPlaces(3);
  w.StartObject();
  w.Key("id");
  w.String(extraction.doc_id);
  w.Key("entities");
  w.StartArray();
  for (const auto& e : extraction.entities) WriteEntity(w, e);
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const auto& r : extraction.relations) WriteRelation(w, r);
  w.EndArray();
  if (!extraction.warnings.empty()) {
    w.Key("warnings");
    w.StartArray();
    for (const auto& warning : extraction.warnings) w.String(warning);
    w.EndArray();
  }
  if (explanation != nullptr) {
    w.Key("explain");
    WriteExplanation(w, *explanation);
  }
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace newsgraph::exporter
