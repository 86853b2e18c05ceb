// Stub: the API compiles; the implementation follows.
#include "store/sqlite_store.h"

namespace newsgraph::store {

BatchCounts& BatchCounts::operator+=(const BatchCounts& o) {
  new_documents += o.new_documents;
  unchanged += o.unchanged;
  replaced += o.replaced;
  rejected += o.rejected;
  return *this;
}

std::string ContentHash(const extract::Document&) { return ""; }

struct SqliteStore::Impl {
  graph::KnowledgeGraph graph;
  std::string path;
};

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteStore::~SqliteStore() = default;
Status SqliteStore::Open(const std::string&, const OpenOptions&, std::unique_ptr<SqliteStore>*) {
  return Status::Internal("not implemented");
}
const graph::KnowledgeGraph& SqliteStore::graph() const { return impl_->graph; }
const std::string& SqliteStore::path() const { return impl_->path; }
DocumentState SqliteStore::CheckDocument(std::string_view, std::string_view) const {
  return DocumentState::kNew;
}
Status SqliteStore::SaveBatch(const std::vector<IngestItem>&, const std::vector<Rejection>&,
                              BatchCounts*) {
  return Status::Internal("not implemented");
}
Status SqliteStore::MergeEntities(graph::EntityId, graph::EntityId) {
  return Status::Internal("not implemented");
}
Status SqliteStore::AddAlias(graph::EntityId, std::string_view) {
  return Status::Internal("not implemented");
}
std::vector<Rejection> SqliteStore::Rejections() const { return {}; }
Status SqliteStore::IntegrityCheck() const { return Status::Internal("not implemented"); }
std::size_t SqliteStore::FileBytes() const { return 0; }
Status LoadGraph(const std::string&, graph::KnowledgeGraph*) {
  return Status::Internal("not implemented");
}

}  // namespace newsgraph::store
