// JsonOut: a thin RapidJSON writer for the API's answers, with the view
// types of graph/graph_view.h written the same way by every endpoint.
#ifndef NEWSGRAPH_SERVE_JSON_OUT_H_
#define NEWSGRAPH_SERVE_JSON_OUT_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "graph/graph_view.h"

namespace newsgraph::serve {

class JsonOut {
 public:
  JsonOut() : writer_(buffer_) {}

  JsonOut& BeginObject() { writer_.StartObject(); return *this; }
  JsonOut& EndObject() { writer_.EndObject(); return *this; }
  JsonOut& BeginArray() { writer_.StartArray(); return *this; }
  JsonOut& EndArray() { writer_.EndArray(); return *this; }
  JsonOut& Key(std::string_view key) {
    writer_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    return *this;
  }
  JsonOut& String(std::string_view value) {
    writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    return *this;
  }
  JsonOut& Int(std::int64_t value) { writer_.Int64(value); return *this; }
  JsonOut& Uint(std::uint64_t value) { writer_.Uint64(value); return *this; }
  JsonOut& Bool(bool value) { writer_.Bool(value); return *this; }
  JsonOut& Null() { writer_.Null(); return *this; }

  // Key/value shorthands.
  JsonOut& Member(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonOut& Member(std::string_view key, const char* value) { return Key(key).String(value); }
  JsonOut& Member(std::string_view key, const std::string& value) { return Key(key).String(value); }
  JsonOut& Member(std::string_view key, bool value) { return Key(key).Bool(value); }
  JsonOut& Member(std::string_view key, int value) { return Key(key).Int(value); }
  JsonOut& Member(std::string_view key, std::int64_t value) { return Key(key).Int(value); }
  JsonOut& Member(std::string_view key, std::size_t value) { return Key(key).Uint(value); }

  // For the query layer's writers (query/json.h).
  rapidjson::Writer<rapidjson::StringBuffer>& writer() { return writer_; }

  std::string Take() { return std::string(buffer_.GetString(), buffer_.GetSize()); }

 private:
  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;
};

// The name and type of an entity id, for references inside other objects.
using EntityNamer = std::function<void(JsonOut&, graph::EntityId)>;

// The evidence record of query/json.h (null for unknown values).
void WriteEvidence(JsonOut& out, const graph::EvidenceView& evidence);
// {"id", "relation", "symmetric", "subject": {ref}, "object": {ref}, "time",
//  "stated", "attributes", "source_count", "evidence_count"} and
// "evidence": [...] when the view carries evidence.
void WriteEvent(JsonOut& out, const graph::EventView& event, const EntityNamer& namer);

}  // namespace newsgraph::serve

#endif  // NEWSGRAPH_SERVE_JSON_OUT_H_
