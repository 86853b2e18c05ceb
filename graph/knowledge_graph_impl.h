// Private to graph/: the storage behind KnowledgeGraph (struct
// KnowledgeGraph::Impl) and the internal helpers its .cc files share.
// Nothing outside graph/ includes this header (it holds Boost types).
//
// Where Impl's members are defined:
//   knowledge_graph.cc           storage: string pool, records, indexes, ids
//   knowledge_graph_merge.cc     merge policy: entity resolution, events, Rebalance
//   knowledge_graph_queries.cc   views, filters and the cached Boost CSR view
// and the public methods, by responsibility:
//   knowledge_graph_merge.cc     AddDocument, RemoveDocument
//   knowledge_graph_curation.cc  MergeEntities, AddAlias
//   knowledge_graph_queries.cc   Entity, Timeline, paths, subgraphs, stats
//   knowledge_graph_changes.cc   the change log and the store's read hooks
//   knowledge_graph_restore.cc   Restore* (loading a stored graph)
#ifndef NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_IMPL_H_
#define NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_IMPL_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "core/calendar.h"
#include "core/extraction.h"
#include "core/relation_types.h"
#include "graph/knowledge_graph.h"

namespace newsgraph::graph {

// Index of an interned string; 0 is "".
using Sym = std::uint32_t;
constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// Every string the graph keeps is stored once: names, dates, sources and,
// above all, sentences, which several events of one sentence share.
class StringPool {
 public:
  StringPool() { Intern(""); }
  Sym Intern(std::string_view s) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    strings_.emplace_back(s);
    bytes_ += strings_.back().capacity() + 1;
    const Sym sym = static_cast<Sym>(strings_.size() - 1);
    index_.emplace(strings_.back(), sym);
    return sym;
  }
  const std::string& Get(Sym sym) const { return strings_[sym]; }
  std::optional<Sym> Find(std::string_view s) const {
    auto it = index_.find(s);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }
  std::size_t size() const { return strings_.size(); }
  // Heap estimate: the characters plus deque and hash-table nodes.
  std::size_t bytes() const {
    return bytes_ + strings_.size() * sizeof(std::string) +
           index_.size() * (sizeof(std::string_view) + sizeof(Sym) + 2 * sizeof(void*));
  }

 private:
  std::deque<std::string> strings_;  // a deque keeps the views in index_ valid
  std::unordered_map<std::string_view, Sym> index_;
  std::size_t bytes_ = 0;
};

struct EntityRec {
  bool alive = false;
  newsgraph::EntityType type = newsgraph::EntityType::kOrg;
  Sym name = 0, stock_code = 0, english = 0, lexicon_id = 0;
  std::vector<Sym> aliases;        // other surface forms, insertion order
  std::vector<Sym> keys;           // merge keys owned by this entity
  std::vector<std::uint32_t> events;  // incident live events
};

struct EventRec {
  bool alive = false;
  bool stated = false;            // derived from evidence
  std::uint8_t relation = 0;      // row of RelationTypes::Builtin()
  std::uint16_t source_count = 0; // derived from evidence
  std::uint32_t subject = 0, object = 0;  // entity indices
  Sym time = 0;
  Sym attributes = 0;             // "k\x1fv\x1ek\x1fv", keys sorted
  std::vector<std::uint32_t> evidence;  // live evidence indices
};

struct EvidenceRec {
  std::uint32_t event = 0;
  std::uint32_t doc = 0;
  Sym sentence = 0, time_text = 0, rule = 0;
  std::uint32_t start = 0, end = 0;
  bool title_field = false;
  bool hedged = false;
  bool undated = false;  // the mention gave no time (see Rebalance)
  bool alive = false;
};

struct DocRec {
  bool alive = false;
  Sym id = 0, date = 0, source = 0, title = 0, url = 0;
  std::vector<std::uint32_t> evidence;
};

struct EventKey {
  std::uint32_t subject, object;
  std::uint8_t relation;
  Sym time;
  bool operator==(const EventKey&) const = default;
};
struct EventKeyHash {
  std::size_t operator()(const EventKey& k) const {
    std::uint64_t h = k.subject * 0x9E3779B97F4A7C15ull;
    h ^= (static_cast<std::uint64_t>(k.object) << 20) + k.relation + (h << 6) + (h >> 2);
    h ^= static_cast<std::uint64_t>(k.time) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

std::optional<std::uint8_t> RelationIndex(std::string_view name);

using Attributes = std::map<std::string, std::string>;

// "k\x1fv\x1ek\x1fv", keys sorted (EventRec::attributes).
std::string SerializeAttributes(const Attributes& attributes);

Attributes ParseAttributes(const std::string& s);

// ---- Boost view for paths -------------------------------------------------

struct CsrEdge {
  std::uint32_t event = 0;
};
using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, CsrEdge>;

struct KnowledgeGraph::Impl {
  StringPool strings;
  std::vector<EntityRec> entities;    // index = id - 1
  std::vector<EventRec> events;       // index = id - 1
  std::vector<EvidenceRec> evidence;  // internal only
  std::vector<DocRec> docs;
  std::unordered_map<std::string, std::uint32_t> key_index;  // merge key -> entity
  std::unordered_map<std::string, std::vector<std::uint32_t>> name_index;  // NameKey -> entities
  std::unordered_map<EventKey, std::uint32_t, EventKeyHash> event_index;
  std::unordered_map<Sym, std::uint32_t> doc_index;  // doc id -> doc
  std::size_t live_entities = 0, live_events = 0, live_evidence = 0, live_docs = 0;

  // The change journal (TakeChanges).
  std::set<EntityId> changed_entities, removed_entities;
  std::set<EventId> changed_events, removed_events;
  std::set<std::string> changed_docs, removed_docs;
  bool recording = true;

  // Cached Boost view of all events, rebuilt after a change.
  mutable std::mutex csr_mutex;
  mutable std::shared_ptr<const Csr> csr;

  // ---- small helpers ----
  static EntityId IdOf(std::uint32_t idx) { return static_cast<EntityId>(idx) + 1; }
  bool ValidEntity(EntityId id) const {
    return id >= 1 && static_cast<std::size_t>(id) <= entities.size() && entities[id - 1].alive;
  }
  bool ValidEvent(EventId id) const {
    return id >= 1 && static_cast<std::size_t>(id) <= events.size() && events[id - 1].alive;
  }
  void Invalidate() {
    std::lock_guard<std::mutex> lock(csr_mutex);
    csr.reset();
  }
  void MarkEntity(std::uint32_t idx) {
    if (recording) changed_entities.insert(IdOf(idx));
  }
  void MarkEvent(std::uint32_t idx) {
    if (recording) changed_events.insert(IdOf(idx));
  }
  void MarkDoc(std::uint32_t doc) {
    if (recording) changed_docs.insert(strings.Get(docs[doc].id));
  }
  std::string TypedNameKey(newsgraph::EntityType type, std::string_view name) const {
    return "name:" + std::string(newsgraph::EntityTypeName(type)) + ":" + NameKey(name);
  }
  EventKey KeyOf(std::uint32_t s, std::uint32_t o, std::uint8_t rel, Sym time) const {
    if (newsgraph::RelationTypes::Builtin()[rel].symmetric && o < s) std::swap(s, o);
    return EventKey{s, o, rel, time};
  }
  EventKey KeyOf(const EventRec& ev) const {
    return KeyOf(ev.subject, ev.object, ev.relation, ev.time);
  }

  // ---- storage (knowledge_graph.cc) ----
  void AddKey(std::uint32_t idx, const std::string& key);
  void IndexName(std::uint32_t idx, std::string_view name);
  void UnindexName(std::uint32_t idx, std::string_view name);
  // Adds a surface form unless it is the name or already known.
  bool AddAliasName(std::uint32_t idx, std::string_view alias);
  std::uint32_t NewEntity(const newsgraph::Entity& source);
  std::uint32_t NewEvent(const EventKey& key, Sym attributes);
  // stated and source_count follow from the evidence. An unknown source
  // counts per document: two unnamed outlets may be two outlets.
  void Recount(std::uint32_t ev_idx);
  std::uint64_t SourceKey(std::uint32_t doc) const;
  // Counts are updated in place: an event reported by thousands of
  // articles must not be recounted from scratch on every new one.
  void AttachEvidence(std::uint32_t ev_idx, EvidenceRec rec);
  void RemoveEvent(std::uint32_t ev_idx);
  void DropEvidence(std::uint32_t ev_idx_evidence);
  void RemoveDoc(std::uint32_t doc);
  std::uint32_t NewDoc(const DocumentInfo& info);
  std::optional<std::uint32_t> FindDoc(std::string_view id) const;

  // ---- merge policy (knowledge_graph_merge.cc) ----
  // Fills what the stored entity lacks from a new mention of it.
  void Enrich(std::uint32_t idx, const newsgraph::Entity& source);
  std::optional<std::uint32_t> ByKey(const std::string& key) const;
  // True when `idx` may stand for `source`: a lexicon id or stock code on
  // both sides must agree.
  bool Compatible(std::uint32_t idx, const newsgraph::Entity& source) const;
  // Resolves a non-person (or lexicon person): lexicon id, stock code, name.
  std::uint32_t ResolveByKeys(const newsgraph::Entity& source);
  bool HasOrgKey(std::uint32_t idx) const;
  std::vector<std::uint32_t> PersonsNamed(const std::string& name_key) const;
  // A person without a lexicon id: keyed by name and organisation when the
  // document gives one, so namesakes at different companies stay apart.
  std::uint32_t ResolvePerson(const newsgraph::Entity& source, std::optional<std::uint32_t> org);
  // The one dated event for (s, rel, o), if exactly one exists.
  std::optional<std::uint32_t> UniqueDated(std::uint32_t s, std::uint32_t o,
                                           std::uint8_t rel) const;
  void MergeAttributes(std::uint32_t ev_idx, const Attributes& more);
  // The event a relation belongs to, created when new (*created = true).
  std::uint32_t FindOrCreateEvent(std::uint32_t s, std::uint32_t o, std::uint8_t rel, Sym time,
                                  Sym attributes, bool* created);
  // Undated mentions of (s, rel, o) belong to the dated event when exactly
  // one exists, else to the undated event. Called after the set of dated
  // events changed, so that the result does not depend on the order in
  // which articles arrive.
  void Rebalance(std::uint32_t s, std::uint32_t o, std::uint8_t rel);

  // ---- views and filters (knowledge_graph_queries.cc) ----
  EntityView ViewEntity(std::uint32_t idx) const;
  EvidenceView ViewEvidence(const EvidenceRec& r) const;
  EventView ViewEvent(std::uint32_t idx, bool with_evidence, std::size_t max_evidence = 0) const;
  Subgraph MakeSubgraph(std::vector<std::uint32_t> es, std::vector<std::uint32_t> vs,
                        bool with_evidence) const;

  struct Filter {
    std::vector<std::uint8_t> relations;  // empty = all
    std::optional<TimeSpan> window;       // nullopt = no time filter
    bool valid = true;                    // false: a bound did not parse
  };
  static Filter MakeFilter(const std::vector<std::string>& relations, const TimeFilter& time);
  bool Passes(const Filter& f, const EventRec& ev) const;
  std::shared_ptr<const Csr> BuildCsr(const Filter& f) const;
  std::shared_ptr<const Csr> CsrFor(const Filter& f) const;
};

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_IMPL_H_
