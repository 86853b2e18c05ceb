// Restoring a stored graph (RestoreEntity, RestoreDocument, RestoreEvent,
// RestoreEvidence): ids come from the database, references are checked, and
// nothing is recorded in the change log.
#include "graph/knowledge_graph.h"

#include <cstdint>
#include <string>
#include <vector>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph::graph {

namespace {

// Restoring writes what the database holds: nothing to record.
class NotRecording {
 public:
  explicit NotRecording(bool* recording) : recording_(recording) { *recording_ = false; }
  ~NotRecording() { *recording_ = true; }

 private:
  bool* recording_;
};

}  // namespace

Status KnowledgeGraph::RestoreEntity(const EntityView& entity,
                                     const std::vector<std::string>& keys) {
  Impl& g = *impl_;
  if (entity.id < 1) return Status::InvalidInput("entity id " + std::to_string(entity.id));
  const auto idx = static_cast<std::uint32_t>(entity.id - 1);
  if (idx < g.entities.size() && g.entities[idx].alive) {
    return Status::InvalidInput("duplicate entity id " + std::to_string(entity.id));
  }
  NotRecording quiet(&g.recording);
  g.Invalidate();
  if (idx >= g.entities.size()) g.entities.resize(idx + 1);
  EntityRec& e = g.entities[idx];
  e.alive = true;
  e.type = entity.type;
  e.name = g.strings.Intern(entity.name);
  e.stock_code = g.strings.Intern(entity.stock_code);
  e.english = g.strings.Intern(entity.english_name);
  e.lexicon_id = g.strings.Intern(entity.lexicon_id);
  ++g.live_entities;
  g.IndexName(idx, entity.name);
  for (const std::string& a : entity.aliases) g.AddAliasName(idx, a);
  for (const std::string& k : keys) g.AddKey(idx, k);
  return Status::Ok();
}

Status KnowledgeGraph::RestoreDocument(const DocumentInfo& document) {
  Impl& g = *impl_;
  if (document.id.empty()) return Status::InvalidInput("document without an id");
  if (g.FindDoc(document.id)) return Status::InvalidInput("duplicate document " + document.id);
  NotRecording quiet(&g.recording);
  g.NewDoc(document);
  return Status::Ok();
}

Status KnowledgeGraph::RestoreEvent(const EventView& event) {
  Impl& g = *impl_;
  const std::string what = "event " + std::to_string(event.id);
  if (event.id < 1) return Status::InvalidInput(what + ": bad id");
  const auto idx = static_cast<std::uint32_t>(event.id - 1);
  if (idx < g.events.size() && g.events[idx].alive) return Status::InvalidInput(what + ": duplicate id");
  if (!g.ValidEntity(event.subject) || !g.ValidEntity(event.object)) {
    return Status::InvalidInput(what + ": unknown entity");
  }
  const std::optional<std::uint8_t> rel = RelationIndex(event.relation);
  if (!rel) return Status::InvalidInput(what + ": unknown relation \"" + event.relation + "\"");
  NotRecording quiet(&g.recording);
  g.Invalidate();
  if (idx >= g.events.size()) g.events.resize(idx + 1);
  EventRec& ev = g.events[idx];
  ev.alive = true;
  ev.subject = static_cast<std::uint32_t>(event.subject - 1);
  ev.object = static_cast<std::uint32_t>(event.object - 1);
  ev.relation = *rel;
  ev.time = g.strings.Intern(event.time);
  ev.attributes = g.strings.Intern(SerializeAttributes(event.attributes));
  g.event_index.emplace(g.KeyOf(ev), idx);
  g.entities[ev.subject].events.push_back(idx);
  if (ev.object != ev.subject) g.entities[ev.object].events.push_back(idx);
  ++g.live_events;
  return Status::Ok();
}

Status KnowledgeGraph::RestoreEvidence(EventId event, const EvidenceView& evidence) {
  Impl& g = *impl_;
  if (!g.ValidEvent(event)) return Status::InvalidInput("evidence of unknown event " + std::to_string(event));
  auto doc = g.FindDoc(evidence.doc_id);
  if (!doc) return Status::InvalidInput("evidence of unknown document \"" + evidence.doc_id + "\"");
  NotRecording quiet(&g.recording);
  EvidenceRec rec;
  rec.doc = *doc;
  rec.sentence = g.strings.Intern(evidence.sentence);
  rec.start = static_cast<std::uint32_t>(evidence.start);
  rec.end = static_cast<std::uint32_t>(evidence.end);
  rec.title_field = evidence.field == "title";
  rec.hedged = evidence.hedged;
  rec.time_text = g.strings.Intern(evidence.time_text);
  rec.undated = evidence.time_text.empty();
  rec.rule = g.strings.Intern(evidence.rule);
  g.AttachEvidence(static_cast<std::uint32_t>(event - 1), rec);
  return Status::Ok();
}

}  // namespace newsgraph::graph
