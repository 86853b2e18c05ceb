// Queries: the plain views (graph/graph_view.h) of entities, events and
// evidence, relation and time filters, timelines, neighbours, shortest paths
// over the cached Boost CSR view, ego and whole subgraphs, and statistics.
#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph::graph {

EntityView KnowledgeGraph::Impl::ViewEntity(std::uint32_t idx) const {
  const EntityRec& e = entities[idx];
  EntityView v;
  v.id = IdOf(idx);
  v.name = strings.Get(e.name);
  v.type = e.type;
  for (Sym a : e.aliases) v.aliases.push_back(strings.Get(a));
  std::sort(v.aliases.begin(), v.aliases.end());
  v.stock_code = strings.Get(e.stock_code);
  v.english_name = strings.Get(e.english);
  v.lexicon_id = strings.Get(e.lexicon_id);
  return v;
}

EvidenceView KnowledgeGraph::Impl::ViewEvidence(const EvidenceRec& r) const {
  const DocRec& d = docs[r.doc];
  EvidenceView v;
  v.doc_id = strings.Get(d.id);
  v.doc_date = strings.Get(d.date);
  v.source = strings.Get(d.source);
  v.title = strings.Get(d.title);
  v.url = strings.Get(d.url);
  v.sentence = strings.Get(r.sentence);
  v.start = r.start;
  v.end = r.end;
  v.field = r.title_field ? "title" : "text";
  v.hedged = r.hedged;
  v.time_text = strings.Get(r.time_text);
  v.rule = strings.Get(r.rule);
  return v;
}

EventView KnowledgeGraph::Impl::ViewEvent(std::uint32_t idx, bool with_evidence,
                                          std::size_t max_evidence) const {
  const EventRec& ev = events[idx];
  EventView v;
  v.id = IdOf(idx);
  v.subject = IdOf(ev.subject);
  v.object = IdOf(ev.object);
  const newsgraph::RelationTypeInfo& type = newsgraph::RelationTypes::Builtin()[ev.relation];
  v.relation = type.name;
  v.symmetric = type.symmetric;
  v.time = strings.Get(ev.time);
  v.stated = ev.stated;
  v.attributes = ParseAttributes(strings.Get(ev.attributes));
  v.source_count = ev.source_count;
  v.evidence_count = static_cast<int>(ev.evidence.size());
  if (with_evidence) {
    std::vector<std::uint32_t> order = ev.evidence;
    // Oldest article first, so a timeline reads as the story unfolded;
    // ties in insertion order. Only the first max_evidence are sorted:
    // an event may have thousands of reports.
    auto older = [&](std::uint32_t a, std::uint32_t b) {
      const std::string& da = strings.Get(docs[evidence[a].doc].date);
      const std::string& db = strings.Get(docs[evidence[b].doc].date);
      return da != db ? da < db : a < b;
    };
    if (max_evidence != 0 && order.size() > max_evidence) {
      std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(max_evidence),
                        order.end(), older);
      order.resize(max_evidence);
    } else {
      std::sort(order.begin(), order.end(), older);
    }
    for (std::uint32_t e : order) v.evidence.push_back(ViewEvidence(evidence[e]));
  }
  return v;
}

Subgraph KnowledgeGraph::Impl::MakeSubgraph(std::vector<std::uint32_t> es,
                                            std::vector<std::uint32_t> vs,
                                            bool with_evidence) const {
  std::sort(es.begin(), es.end());
  es.erase(std::unique(es.begin(), es.end()), es.end());
  std::sort(vs.begin(), vs.end());
  vs.erase(std::unique(vs.begin(), vs.end()), vs.end());
  Subgraph out;
  out.entities.reserve(es.size());
  for (std::uint32_t e : es) out.entities.push_back(ViewEntity(e));
  out.events.reserve(vs.size());
  for (std::uint32_t v : vs) out.events.push_back(ViewEvent(v, with_evidence));
  return out;
}

KnowledgeGraph::Impl::Filter KnowledgeGraph::Impl::MakeFilter(
    const std::vector<std::string>& relations, const TimeFilter& time) {
  Filter f;
  for (const std::string& r : relations) {
    if (auto idx = RelationIndex(r)) {
      f.relations.push_back(*idx);
    } else {
      f.relations.push_back(0xFF);  // matches nothing
    }
  }
  if (!time.empty()) {
    TimeSpan w{"0000-01-01", "9999-12-31"};
    if (!time.from.empty()) {
      auto r = ParseTimeSpan(time.from);
      if (!r) f.valid = false; else w.first = r->first;
    }
    if (!time.to.empty()) {
      auto r = ParseTimeSpan(time.to);
      if (!r) f.valid = false; else w.last = r->last;
    }
    f.window = w;
  }
  return f;
}

bool KnowledgeGraph::Impl::Passes(const Filter& f, const EventRec& ev) const {
  if (!f.valid) return false;
  if (!f.relations.empty() &&
      std::find(f.relations.begin(), f.relations.end(), ev.relation) == f.relations.end()) {
    return false;
  }
  if (f.window) {
    auto r = ParseTimeSpan(strings.Get(ev.time));
    if (!r || !Overlaps(*r, *f.window)) return false;
  }
  return true;
}

std::shared_ptr<const Csr> KnowledgeGraph::Impl::BuildCsr(const Filter& f) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<CsrEdge> props;
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> all;
  for (std::uint32_t i = 0; i < events.size(); ++i) {
    const EventRec& ev = events[i];
    if (!ev.alive || !Passes(f, ev) || ev.subject == ev.object) continue;
    all.emplace_back(ev.subject, ev.object, i);
    all.emplace_back(ev.object, ev.subject, i);
  }
  std::sort(all.begin(), all.end());
  edges.reserve(all.size());
  props.reserve(all.size());
  for (const auto& [s, t, e] : all) {
    edges.emplace_back(s, t);
    props.push_back(CsrEdge{e});
  }
// g++ 12 reports a false -Warray-bounds inside Boost's CSR constructor.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
  return std::make_shared<const Csr>(boost::edges_are_sorted, edges.begin(), edges.end(),
                                     props.begin(), entities.size());
#pragma GCC diagnostic pop
}

std::shared_ptr<const Csr> KnowledgeGraph::Impl::CsrFor(const Filter& f) const {
  if (!f.relations.empty() || f.window) return BuildCsr(f);
  std::lock_guard<std::mutex> lock(csr_mutex);
  if (!csr) csr = BuildCsr(f);
  return csr;
}

std::optional<EntityView> KnowledgeGraph::Entity(EntityId id) const {
  if (!impl_->ValidEntity(id)) return std::nullopt;
  return impl_->ViewEntity(static_cast<std::uint32_t>(id - 1));
}

std::vector<EntityId> KnowledgeGraph::FindEntities(std::string_view name) const {
  const Impl& g = *impl_;
  std::set<EntityId> found;
  auto it = g.name_index.find(NameKey(name));
  if (it != g.name_index.end()) {
    for (std::uint32_t idx : it->second) {
      if (g.entities[idx].alive) found.insert(Impl::IdOf(idx));
    }
  }
  // A lexicon id or a stock code names an entity too.
  for (const std::string& key : {"lex:" + std::string(name), "stock:" + std::string(name)}) {
    if (auto idx = g.ByKey(key)) found.insert(Impl::IdOf(*idx));
  }
  return {found.begin(), found.end()};
}

std::optional<EventView> KnowledgeGraph::Event(EventId id, bool with_evidence) const {
  if (!impl_->ValidEvent(id)) return std::nullopt;
  return impl_->ViewEvent(static_cast<std::uint32_t>(id - 1), with_evidence);
}

std::vector<EventView> KnowledgeGraph::Timeline(const TimelineQuery& query) const {
  const Impl& g = *impl_;
  if (!g.ValidEntity(query.entity)) return {};
  const auto self = static_cast<std::uint32_t>(query.entity - 1);
  const Impl::Filter filter = Impl::MakeFilter(query.relations, query.time);
  struct Item {
    std::optional<TimeSpan> range;
    std::uint32_t idx;
  };
  std::vector<Item> items;
  for (std::uint32_t ev_idx : g.entities[self].events) {
    const EventRec& ev = g.events[ev_idx];
    if (!g.Passes(filter, ev)) continue;
    if (query.with) {
      const std::uint32_t other = ev.subject == self ? ev.object : ev.subject;
      if (Impl::IdOf(other) != *query.with) continue;
    }
    items.push_back({ParseTimeSpan(g.strings.Get(ev.time)), ev_idx});
  }
  std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    if (a.range.has_value() != b.range.has_value()) return a.range.has_value();
    if (a.range && *a.range != *b.range) {
      return std::tie(a.range->first, a.range->last) < std::tie(b.range->first, b.range->last);
    }
    return a.idx < b.idx;
  });
  std::vector<EventView> out;
  out.reserve(items.size());
  for (const Item& item : items) {
    out.push_back(g.ViewEvent(item.idx, query.with_evidence, query.max_evidence));
  }
  return out;
}

std::vector<NeighborView> KnowledgeGraph::Neighbors(EntityId entity) const {
  const Impl& g = *impl_;
  if (!g.ValidEntity(entity)) return {};
  const auto self = static_cast<std::uint32_t>(entity - 1);
  std::map<std::uint32_t, NeighborView> by_other;
  for (std::uint32_t ev_idx : g.entities[self].events) {
    const EventRec& ev = g.events[ev_idx];
    const std::uint32_t other = ev.subject == self ? ev.object : ev.subject;
    NeighborView& n = by_other[other];
    n.entity = Impl::IdOf(other);
    ++n.relations[newsgraph::RelationTypes::Builtin()[ev.relation].name];
    ++n.event_count;
    n.evidence_count += static_cast<int>(ev.evidence.size());
  }
  std::vector<NeighborView> out;
  for (auto& [idx, n] : by_other) out.push_back(std::move(n));
  std::stable_sort(out.begin(), out.end(), [](const NeighborView& a, const NeighborView& b) {
    return a.event_count > b.event_count;
  });
  return out;
}

namespace {

// Records each vertex's BFS distance from the source.
class DistanceRecorder : public boost::default_bfs_visitor {
 public:
  explicit DistanceRecorder(std::vector<std::uint32_t>* distance) : distance_(distance) {}
  template <class Edge, class Graph>
  void tree_edge(Edge e, const Graph& g) const {
    (*distance_)[boost::target(e, g)] = (*distance_)[boost::source(e, g)] + 1;
  }

 private:
  std::vector<std::uint32_t>* distance_;
};

std::vector<std::uint32_t> BfsDistances(const Csr& csr, std::uint32_t source) {
  std::vector<std::uint32_t> distance(boost::num_vertices(csr), kNone);
  distance[source] = 0;
  std::vector<boost::default_color_type> colors(boost::num_vertices(csr));
  boost::breadth_first_search(
      csr, static_cast<Csr::vertex_descriptor>(source),
      boost::visitor(DistanceRecorder(&distance))
          .color_map(boost::make_iterator_property_map(colors.begin(),
                                                       boost::get(boost::vertex_index, csr))));
  return distance;
}

}  // namespace

std::vector<PathView> KnowledgeGraph::ShortestPaths(const PathQuery& query) const {
  const Impl& g = *impl_;
  if (!g.ValidEntity(query.from) || !g.ValidEntity(query.to) || query.limit == 0) return {};
  const auto from = static_cast<std::uint32_t>(query.from - 1);
  const auto to = static_cast<std::uint32_t>(query.to - 1);
  if (from == to) return {PathView{{query.from}, {}}};
  const Impl::Filter filter = Impl::MakeFilter(query.relations, TimeFilter{});
  const std::shared_ptr<const Csr> csr = g.CsrFor(filter);
  const std::vector<std::uint32_t> dist_from = BfsDistances(*csr, from);
  const std::vector<std::uint32_t> dist_to = BfsDistances(*csr, to);
  const std::uint32_t total = dist_from[to];
  if (total == kNone || total > query.max_hops) return {};

  // Depth-first over the edges that stay on some shortest path; out-edges
  // are sorted by target and event, so the order is deterministic.
  std::vector<PathView> out;
  PathView current{{query.from}, {}};
  std::function<void(std::uint32_t)> walk = [&](std::uint32_t u) {
    if (out.size() >= query.limit) return;
    if (u == to) {
      out.push_back(current);
      return;
    }
    std::uint32_t last_target = kNone;
    for (auto [e, end] = boost::out_edges(static_cast<Csr::vertex_descriptor>(u), *csr); e != end; ++e) {
      const auto v = static_cast<std::uint32_t>(boost::target(*e, *csr));
      if (v == last_target) continue;  // parallel events: one hop, earliest event
      last_target = v;
      if (dist_from[v] != dist_from[u] + 1 || dist_to[v] == kNone ||
          dist_from[v] + dist_to[v] != total) {
        continue;
      }
      current.entities.push_back(Impl::IdOf(v));
      current.events.push_back(Impl::IdOf((*csr)[*e].event));
      walk(v);
      current.entities.pop_back();
      current.events.pop_back();
      if (out.size() >= query.limit) return;
    }
  };
  walk(from);
  return out;
}

Subgraph KnowledgeGraph::Ego(const EgoQuery& query) const {
  const Impl& g = *impl_;
  if (!g.ValidEntity(query.center)) return {};
  const Impl::Filter filter = Impl::MakeFilter(query.relations, query.time);
  const auto center = static_cast<std::uint32_t>(query.center - 1);
  std::unordered_map<std::uint32_t, int> depth{{center, 0}};
  std::vector<std::uint32_t> frontier{center};
  std::vector<std::uint32_t> members{center};
  for (int hop = 1; hop <= query.hops && !frontier.empty(); ++hop) {
    std::vector<std::uint32_t> next;
    for (std::uint32_t u : frontier) {
      for (std::uint32_t ev_idx : g.entities[u].events) {
        const EventRec& ev = g.events[ev_idx];
        if (!g.Passes(filter, ev)) continue;
        const std::uint32_t v = ev.subject == u ? ev.object : ev.subject;
        if (depth.emplace(v, hop).second) {
          next.push_back(v);
          members.push_back(v);
        }
      }
    }
    frontier = std::move(next);
  }
  // Every qualifying event among the members, including those between two
  // entities at the outer ring.
  std::vector<std::uint32_t> events;
  for (std::uint32_t u : members) {
    for (std::uint32_t ev_idx : g.entities[u].events) {
      const EventRec& ev = g.events[ev_idx];
      const std::uint32_t v = ev.subject == u ? ev.object : ev.subject;
      if (v < u && depth.count(v) != 0) continue;  // counted from the other end
      if (depth.count(v) != 0 && g.Passes(filter, ev)) events.push_back(ev_idx);
    }
  }
  return g.MakeSubgraph(members, events, query.with_evidence);
}

Subgraph KnowledgeGraph::Whole(const SubgraphOptions& options) const {
  const Impl& g = *impl_;
  const Impl::Filter filter = Impl::MakeFilter(options.relations, options.time);
  const bool filtered = !options.relations.empty() || !options.time.empty();
  std::vector<char> used(g.entities.size(), 0);
  std::vector<std::uint32_t> events;
  for (std::uint32_t i = 0; i < g.events.size(); ++i) {
    const EventRec& ev = g.events[i];
    if (!ev.alive || !g.Passes(filter, ev)) continue;
    events.push_back(i);
    used[ev.subject] = used[ev.object] = 1;
  }
  std::vector<std::uint32_t> entities;
  for (std::uint32_t i = 0; i < g.entities.size(); ++i) {
    if (g.entities[i].alive && (!filtered || used[i])) entities.push_back(i);
  }
  return g.MakeSubgraph(entities, events, options.with_evidence);
}

GraphStats KnowledgeGraph::Stats() const {
  const Impl& g = *impl_;
  GraphStats s;
  s.entities = g.live_entities;
  s.events = g.live_events;
  s.evidence = g.live_evidence;
  s.documents = g.live_docs;
  std::unordered_set<Sym> sources;
  for (const DocRec& d : g.docs) {
    if (d.alive && d.source != 0) sources.insert(d.source);
  }
  s.sources = sources.size();
  std::size_t bytes = g.strings.bytes();
  for (const EntityRec& e : g.entities) {
    bytes += sizeof(EntityRec) + (e.aliases.capacity() + e.keys.capacity()) * sizeof(Sym) +
             e.events.capacity() * sizeof(std::uint32_t);
    if (e.alive) ++s.entities_by_type[std::string(newsgraph::EntityTypeName(e.type))];
  }
  for (const EventRec& ev : g.events) {
    bytes += sizeof(EventRec) + ev.evidence.capacity() * sizeof(std::uint32_t);
    if (!ev.alive) continue;
    ++s.events_by_relation[newsgraph::RelationTypes::Builtin()[ev.relation].name];
    if (ev.time == 0) ++s.undated_events;
    if (!ev.stated) ++s.hedged_only_events;
  }
  bytes += g.evidence.capacity() * sizeof(EvidenceRec);
  for (const DocRec& d : g.docs) bytes += sizeof(DocRec) + d.evidence.capacity() * sizeof(std::uint32_t);
  constexpr std::size_t kNode = 2 * sizeof(void*);  // hash-node overhead
  bytes += g.event_index.size() * (sizeof(EventKey) + sizeof(std::uint32_t) + kNode);
  bytes += g.doc_index.size() * (2 * sizeof(std::uint32_t) + kNode);
  for (const auto& [k, v] : g.key_index) bytes += k.capacity() + sizeof(std::string) + 4 + kNode;
  for (const auto& [k, v] : g.name_index) {
    bytes += k.capacity() + sizeof(std::string) + sizeof(v) + v.capacity() * 4 + kNode;
  }
  s.memory_bytes = bytes;
  return s;
}

std::size_t KnowledgeGraph::entity_count() const { return impl_->live_entities; }
std::size_t KnowledgeGraph::event_count() const { return impl_->live_events; }
std::size_t KnowledgeGraph::evidence_count() const { return impl_->live_evidence; }
std::size_t KnowledgeGraph::document_count() const { return impl_->live_docs; }

std::vector<EntityId> KnowledgeGraph::EntityIds() const {
  std::vector<EntityId> out;
  for (std::uint32_t i = 0; i < impl_->entities.size(); ++i) {
    if (impl_->entities[i].alive) out.push_back(Impl::IdOf(i));
  }
  return out;
}

std::vector<EventId> KnowledgeGraph::EventIds() const {
  std::vector<EventId> out;
  for (std::uint32_t i = 0; i < impl_->events.size(); ++i) {
    if (impl_->events[i].alive) out.push_back(Impl::IdOf(i));
  }
  return out;
}

}  // namespace newsgraph::graph
