// KnowledgeGraph: the merged graph of many articles. Vertices are entities,
// edges are relation events; each event carries the evidence (document,
// sentence, offsets, hedged flag) of every article that reports it.
//
// Merge rules (AddDocument):
//  * One entity however it is written: lexicon id first, then stock code,
//    then normalised name (extract::NormalizeText, spaces removed) and type,
//    including aliases and names added by curation (AddAlias, MergeEntities).
//  * A person is keyed by name and organisation when the same document gives
//    the person a role (`role` relation) at an organisation: two people with
//    one name at two organisations stay two entities.
//  * One event for the same relation between the same entities at the same
//    time (symmetric relations: unordered pair). Evidence accumulates; an
//    undated mention joins the matching dated event when there is exactly one.
//
// Everything returned is a plain view (graph/graph_view.h): no Boost type
// leaves graph/. Ids are stable: the store writes them as SQLite row ids and
// restores them on load.
//
// Thread safety: const methods may run concurrently with each other; a
// mutating call needs exclusive access. Not copyable; movable.
#ifndef NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
#define NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/extraction.h"
#include "core/status.h"
#include "graph/graph_view.h"

namespace newsgraph::graph {

// The metadata of the article an extraction came from.
struct DocumentInfo {
  std::string id;      // Document::id, unique in the graph
  std::string date;    // "YYYY-MM-DD" or ""
  std::string source;  // outlet, "" when unknown
  std::string title;
  std::string url;
};

// Time filters compare ISO ranges: an event is kept when its time range
// overlaps [from, to]. from/to are ISO values ("2025", "2025-02-04", ...);
// "" means open. When any bound is given, undated events are left out.
struct TimeFilter {
  std::string from;
  std::string to;
  bool empty() const { return from.empty() && to.empty(); }
};

struct TimelineQuery {
  EntityId entity = 0;
  std::optional<EntityId> with;        // only events with this counterpart
  std::vector<std::string> relations;  // empty = every relation type
  TimeFilter time;
  bool with_evidence = true;           // fill EventView::evidence
  std::size_t max_evidence = 0;        // at most this many per event (oldest first); 0 = all
};

// One counterpart of an entity and how they are connected.
struct NeighborView {
  EntityId entity = 0;
  // relation name -> number of events, e.g. {"meet": 3, "partner": 1}
  std::map<std::string, int> relations;
  int event_count = 0;
  int evidence_count = 0;
};

struct PathQuery {
  EntityId from = 0;
  EntityId to = 0;
  std::vector<std::string> relations;  // empty = every relation type
  std::size_t limit = 10;              // at most this many shortest paths
  std::size_t max_hops = 6;            // no path longer than this
};

// A chain from PathQuery::from to PathQuery::to: entities[i] and
// entities[i + 1] are joined by events[i] (the earliest-id event among the
// parallel events that qualify; all of them count as one hop).
struct PathView {
  std::vector<EntityId> entities;
  std::vector<EventId> events;
};

struct EgoQuery {
  EntityId center = 0;
  int hops = 1;                        // 0 = the entity alone
  std::vector<std::string> relations;  // empty = every relation type
  TimeFilter time;
  bool with_evidence = false;
};

struct SubgraphOptions {
  std::vector<std::string> relations;  // empty = every relation type
  TimeFilter time;
  bool with_evidence = false;
};

struct GraphStats {
  std::size_t entities = 0;
  std::size_t events = 0;
  std::size_t evidence = 0;
  std::size_t documents = 0;
  std::size_t sources = 0;
  std::size_t undated_events = 0;
  std::size_t hedged_only_events = 0;  // no evidence states them as fact
  std::map<std::string, std::size_t> events_by_relation;
  std::map<std::string, std::size_t> entities_by_type;
  std::size_t memory_bytes = 0;  // estimate of the heap held by the graph
};

// What changed since the last TakeChanges(): the store writes exactly this.
struct ChangeSet {
  std::vector<EntityId> entities;          // new or changed (names, aliases, keys)
  std::vector<EntityId> removed_entities;  // merged into another entity
  std::vector<EventId> events;             // new or changed (flags, counts)
  std::vector<EventId> removed_events;     // left with no evidence, or merged
  std::vector<std::string> documents;      // evidence to rewrite, by doc id
  std::vector<std::string> removed_documents;
  bool empty() const {
    return entities.empty() && removed_entities.empty() && events.empty() &&
           removed_events.empty() && documents.empty() && removed_documents.empty();
  }
};

// One piece of evidence and the event it supports (store/ writes these).
struct EvidenceRecord {
  EventId event = 0;
  EvidenceView evidence;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  // ---- Building -----------------------------------------------------------

  // Merges one article's extraction. A document id already in the graph is
  // replaced: its old evidence is removed first (events left with none are
  // removed). Relations naming an entity the extraction does not list, a
  // relation type outside the inventory, or a relation of an entity with
  // itself are skipped, each with a line in *warnings when given ("doc 12:
  // relation 3: unknown relation type \"x\""); the rest is still added.
  // InvalidInput only when the document id is empty (nothing is added).
  Status AddDocument(const DocumentInfo& document, const newsgraph::Extraction& extraction,
                     std::vector<std::string>* warnings = nullptr);

  // Removes a document and its evidence; events left with none go too.
  // NotFound when the id is unknown.
  Status RemoveDocument(std::string_view doc_id);
  bool HasDocument(std::string_view doc_id) const;

  // ---- Curation (stored by store/, applied to later ingests) -------------

  // Merges `merged` into `keep`: its names become aliases of `keep`, its
  // events move to `keep` (events that become duplicates are merged), and
  // every later mention that would have resolved to `merged` resolves to
  // `keep`. InvalidInput when the ids are equal, NotFound when one is unknown.
  Status MergeEntities(EntityId keep, EntityId merged);
  // Adds a name under which later mentions resolve to the entity.
  Status AddAlias(EntityId entity, std::string_view name);

  // ---- Queries ------------------------------------------------------------

  std::optional<EntityView> Entity(EntityId id) const;
  // Every entity one of whose names (canonical or alias) equals `name`
  // after normalisation (NormalizeText, spaces removed); sorted by id.
  // Empty when none matches; more than one means the name is ambiguous.
  std::vector<EntityId> FindEntities(std::string_view name) const;
  std::optional<EventView> Event(EventId id, bool with_evidence = true) const;

  // The entity's events in time order (by range start, then end, then id);
  // undated events last.
  std::vector<EventView> Timeline(const TimelineQuery& query) const;
  // Counterparts sorted by event count (descending), then id.
  std::vector<NeighborView> Neighbors(EntityId entity) const;
  // All shortest paths (breadth-first search over the undirected view of
  // the graph) up to query.limit, in a deterministic order. Empty when the
  // two are not connected within max_hops; a single-entity path when
  // from == to.
  std::vector<PathView> ShortestPaths(const PathQuery& query) const;
  // The entities within `hops` of the center and the events among them.
  Subgraph Ego(const EgoQuery& query) const;
  // The whole graph (filtered).
  Subgraph Whole(const SubgraphOptions& options = {}) const;

  GraphStats Stats() const;
  std::size_t entity_count() const;
  std::size_t event_count() const;
  std::size_t evidence_count() const;
  std::size_t document_count() const;

  // Every live entity / event id, ascending.
  std::vector<EntityId> EntityIds() const;
  std::vector<EventId> EventIds() const;

  // ---- Persistence hooks (store/) ----------------------------------------

  // Returns and clears the changes since the last call.
  ChangeSet TakeChanges();
  std::optional<DocumentInfo> Document(std::string_view doc_id) const;
  // The evidence of one document, in insertion order.
  std::vector<EvidenceRecord> DocumentEvidence(std::string_view doc_id) const;
  // The merge keys of an entity ("lex:...", "stock:...", "name:ORG:...",
  // "person:name@orgid"); store/ persists them so curation lasts.
  std::vector<std::string> EntityKeys(EntityId id) const;

  // Restoring a stored graph, in this order: entities, documents, events,
  // evidence. Ids come from the database. InvalidInput on a duplicate id or
  // a reference to an unknown id. Restoring does not record changes.
  Status RestoreEntity(const EntityView& entity, const std::vector<std::string>& keys);
  Status RestoreDocument(const DocumentInfo& document);
  // event.evidence is ignored; stated/source_count/evidence_count are
  // recomputed from the restored evidence.
  Status RestoreEvent(const EventView& event);
  Status RestoreEvidence(EventId event, const EvidenceView& evidence);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The normalised lookup key of a name: NormalizeText, spaces removed.
std::string NameKey(std::string_view name);

// The [first day, last day] of an ISO time value as "YYYY-MM-DD" strings:
// newsgraph::ParseTimeSpan (core/calendar.h) as a pair, kept for the callers
// written against this header. nullopt when the value is empty or not
// understood, names a day or ISO week the calendar does not have, or is an
// interval that ends before it starts.
std::optional<std::pair<std::string, std::string>> TimeRange(std::string_view value);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
