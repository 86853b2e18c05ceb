// Stub: the API compiles; the implementation follows.
#include "graph/knowledge_graph.h"

namespace newsgraph::graph {

struct KnowledgeGraph::Impl {};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

Status KnowledgeGraph::AddDocument(const DocumentInfo&, const extract::Extraction&) {
  return Status::Internal("not implemented");
}
Status KnowledgeGraph::RemoveDocument(std::string_view) { return Status::Internal("not implemented"); }
bool KnowledgeGraph::HasDocument(std::string_view) const { return false; }
Status KnowledgeGraph::MergeEntities(EntityId, EntityId) { return Status::Internal("not implemented"); }
Status KnowledgeGraph::AddAlias(EntityId, std::string_view) { return Status::Internal("not implemented"); }
std::optional<EntityView> KnowledgeGraph::Entity(EntityId) const { return std::nullopt; }
std::vector<EntityId> KnowledgeGraph::FindEntities(std::string_view) const { return {}; }
std::optional<EventView> KnowledgeGraph::Event(EventId, bool) const { return std::nullopt; }
std::vector<EventView> KnowledgeGraph::Timeline(const TimelineQuery&) const { return {}; }
std::vector<NeighborView> KnowledgeGraph::Neighbors(EntityId) const { return {}; }
std::vector<PathView> KnowledgeGraph::ShortestPaths(const PathQuery&) const { return {}; }
Subgraph KnowledgeGraph::Ego(const EgoQuery&) const { return {}; }
Subgraph KnowledgeGraph::Whole(const SubgraphOptions&) const { return {}; }
GraphStats KnowledgeGraph::Stats() const { return {}; }
std::size_t KnowledgeGraph::entity_count() const { return 0; }
std::size_t KnowledgeGraph::event_count() const { return 0; }
std::size_t KnowledgeGraph::evidence_count() const { return 0; }
std::size_t KnowledgeGraph::document_count() const { return 0; }
std::vector<EntityId> KnowledgeGraph::EntityIds() const { return {}; }
std::vector<EventId> KnowledgeGraph::EventIds() const { return {}; }
ChangeSet KnowledgeGraph::TakeChanges() { return {}; }
std::optional<DocumentInfo> KnowledgeGraph::Document(std::string_view) const { return std::nullopt; }
std::vector<EvidenceRecord> KnowledgeGraph::DocumentEvidence(std::string_view) const { return {}; }
std::vector<std::string> KnowledgeGraph::EntityKeys(EntityId) const { return {}; }
Status KnowledgeGraph::RestoreEntity(const EntityView&, const std::vector<std::string>&) {
  return Status::Internal("not implemented");
}
Status KnowledgeGraph::RestoreDocument(const DocumentInfo&) { return Status::Internal("not implemented"); }
Status KnowledgeGraph::RestoreEvent(const EventView&) { return Status::Internal("not implemented"); }
Status KnowledgeGraph::RestoreEvidence(EventId, const EvidenceView&) {
  return Status::Internal("not implemented");
}

std::string NameKey(std::string_view name) { return std::string(name); }
std::optional<std::pair<std::string, std::string>> TimeRange(std::string_view) { return std::nullopt; }

}  // namespace newsgraph::graph
