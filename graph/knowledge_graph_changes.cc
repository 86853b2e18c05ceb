// The change log (TakeChanges) and the read hooks store/ uses to write
// exactly what changed: documents, their evidence, and entity merge keys.
#include "graph/knowledge_graph.h"

#include <algorithm>
#include <string>
#include <vector>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph::graph {

ChangeSet KnowledgeGraph::TakeChanges() {
  Impl& g = *impl_;
  ChangeSet c;
  c.entities.assign(g.changed_entities.begin(), g.changed_entities.end());
  c.removed_entities.assign(g.removed_entities.begin(), g.removed_entities.end());
  c.events.assign(g.changed_events.begin(), g.changed_events.end());
  c.removed_events.assign(g.removed_events.begin(), g.removed_events.end());
  c.documents.assign(g.changed_docs.begin(), g.changed_docs.end());
  for (const std::string& d : g.removed_docs) {
    if (g.changed_docs.count(d) == 0) c.removed_documents.push_back(d);
  }
  // A removed entity may have been marked changed afterwards through a key
  // move; what is gone stays gone.
  std::erase_if(c.entities, [&](EntityId id) { return !g.ValidEntity(id); });
  std::erase_if(c.events, [&](EventId id) { return !g.ValidEvent(id); });
  g.changed_entities.clear();
  g.removed_entities.clear();
  g.changed_events.clear();
  g.removed_events.clear();
  g.changed_docs.clear();
  g.removed_docs.clear();
  return c;
}

std::optional<DocumentInfo> KnowledgeGraph::Document(std::string_view doc_id) const {
  const Impl& g = *impl_;
  auto doc = g.FindDoc(doc_id);
  if (!doc) return std::nullopt;
  const DocRec& d = g.docs[*doc];
  return DocumentInfo{g.strings.Get(d.id), g.strings.Get(d.date), g.strings.Get(d.source),
                      g.strings.Get(d.title), g.strings.Get(d.url)};
}

std::vector<EvidenceRecord> KnowledgeGraph::DocumentEvidence(std::string_view doc_id) const {
  const Impl& g = *impl_;
  auto doc = g.FindDoc(doc_id);
  if (!doc) return {};
  std::vector<EvidenceRecord> out;
  for (std::uint32_t e : g.docs[*doc].evidence) {
    const EvidenceRec& r = g.evidence[e];
    if (!r.alive) continue;
    out.push_back(EvidenceRecord{Impl::IdOf(r.event), g.ViewEvidence(r)});
  }
  return out;
}

std::vector<std::string> KnowledgeGraph::EntityKeys(EntityId id) const {
  const Impl& g = *impl_;
  if (!g.ValidEntity(id)) return {};
  std::vector<std::string> out;
  for (Sym k : g.entities[id - 1].keys) out.push_back(g.strings.Get(k));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace newsgraph::graph
