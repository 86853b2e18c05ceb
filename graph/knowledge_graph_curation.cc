// Curation: MergeEntities and AddAlias, the edits a person makes to the
// graph. The store keeps the resulting keys so that later ingests honour
// them.
#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph::graph {

Status KnowledgeGraph::MergeEntities(EntityId keep, EntityId merged) {
  Impl& g = *impl_;
  if (keep == merged) return Status::InvalidInput("cannot merge an entity into itself");
  if (!g.ValidEntity(keep)) return Status::NotFound("no entity " + std::to_string(keep));
  if (!g.ValidEntity(merged)) return Status::NotFound("no entity " + std::to_string(merged));
  g.Invalidate();
  const auto k = static_cast<std::uint32_t>(keep - 1);
  const auto m = static_cast<std::uint32_t>(merged - 1);
  // Names: every name of `merged` becomes an alias of `keep`.
  const std::vector<Sym> names = [&] {
    std::vector<Sym> v{g.entities[m].name};
    v.insert(v.end(), g.entities[m].aliases.begin(), g.entities[m].aliases.end());
    return v;
  }();
  for (Sym n : names) {
    g.UnindexName(m, g.strings.Get(n));
    g.AddAliasName(k, g.strings.Get(n));
  }
  EntityRec& mr = g.entities[m];
  EntityRec& kr = g.entities[k];
  if (kr.stock_code == 0) kr.stock_code = mr.stock_code;
  if (kr.english == 0) kr.english = mr.english;
  if (kr.lexicon_id == 0) kr.lexicon_id = mr.lexicon_id;
  // Keys: later mentions of `merged` resolve to `keep`.
  const std::vector<Sym> keys = mr.keys;
  for (Sym key : keys) g.AddKey(k, g.strings.Get(key));
  g.entities[m].keys.clear();
  // Events move; one that now duplicates another gives it its evidence.
  const std::vector<std::uint32_t> moved = g.entities[m].events;
  for (std::uint32_t ev_idx : moved) {
    EventRec& ev = g.events[ev_idx];
    auto it = g.event_index.find(g.KeyOf(ev));
    if (it != g.event_index.end() && it->second == ev_idx) g.event_index.erase(it);
    if (ev.subject == m) ev.subject = k;
    if (ev.object == m) ev.object = k;
    auto& kev = g.entities[k].events;
    if (std::find(kev.begin(), kev.end(), ev_idx) == kev.end()) kev.push_back(ev_idx);
    const EventKey key = g.KeyOf(ev);
    auto existing = g.event_index.find(key);
    if (existing == g.event_index.end()) {
      g.event_index.emplace(key, ev_idx);
      g.MarkEvent(ev_idx);
      continue;
    }
    const std::uint32_t into = existing->second;
    for (std::uint32_t e : ev.evidence) {
      g.evidence[e].event = into;
      g.events[into].evidence.push_back(e);
      g.MarkDoc(g.evidence[e].doc);
    }
    g.MergeAttributes(into, ParseAttributes(g.strings.Get(ev.attributes)));
    g.events[ev_idx].evidence.clear();
    g.RemoveEvent(ev_idx);
    g.MarkEvent(into);
    g.Recount(into);
  }
  // Moved events may have changed which undated mentions have one dated match.
  const std::vector<std::uint32_t> incident = g.entities[k].events;  // Rebalance edits it
  for (std::uint32_t ev_idx : incident) {
    const EventRec ev = g.events[ev_idx];
    if (ev.alive && ev.time != 0) g.Rebalance(ev.subject, ev.object, ev.relation);
  }
  g.entities[m].events.clear();
  g.entities[m].alive = false;
  --g.live_entities;
  if (g.recording) {
    g.changed_entities.erase(merged);
    g.removed_entities.insert(merged);
  }
  g.MarkEntity(k);
  return Status::Ok();
}

Status KnowledgeGraph::AddAlias(EntityId entity, std::string_view name) {
  Impl& g = *impl_;
  if (!g.ValidEntity(entity)) return Status::NotFound("no entity " + std::to_string(entity));
  if (NameKey(name).empty()) return Status::InvalidInput("empty alias");
  const auto idx = static_cast<std::uint32_t>(entity - 1);
  g.AddAliasName(idx, name);
  g.AddKey(idx, g.TypedNameKey(g.entities[idx].type, name));
  g.MarkEntity(idx);
  return Status::Ok();
}

}  // namespace newsgraph::graph
