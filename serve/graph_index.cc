#include "serve/graph_index.h"

#include <algorithm>
#include <tuple>

#include "core/extraction.h"

namespace newsgraph::serve {
namespace {

void AddKey(std::vector<std::string>* keys, std::string_view name) {
  if (name.empty()) return;
  std::string key = graph::NameKey(name);
  if (!key.empty() && std::find(keys->begin(), keys->end(), key) == keys->end()) {
    keys->push_back(std::move(key));
  }
}

// 0 exact, 1 prefix, 2 substring, 3 no match.
int MatchRank(const std::vector<std::string>& keys, const std::string& query) {
  int best = 3;
  for (const std::string& key : keys) {
    if (key == query) return 0;
    if (key.compare(0, query.size(), query) == 0) {
      best = std::min(best, 1);
    } else if (best > 2 && key.find(query) != std::string::npos) {
      best = 2;
    }
  }
  return best;
}

}  // namespace

GraphIndex::GraphIndex(const graph::KnowledgeGraph& graph) {
  for (graph::EntityId id : graph.EntityIds()) {
    std::optional<graph::EntityView> view = graph.Entity(id);
    if (!view) continue;
    Entry entry;
    entry.id = id;
    entry.name = view->name;
    entry.type = std::string(newsgraph::EntityTypeName(view->type));
    entry.stock_code = view->stock_code;
    AddKey(&entry.keys, view->name);
    for (const std::string& alias : view->aliases) AddKey(&entry.keys, alias);
    AddKey(&entry.keys, view->english_name);
    if (!view->stock_code.empty()) entry.keys.push_back(view->stock_code);
    position_[id] = entries_.size();
    entries_.push_back(std::move(entry));
  }
  for (graph::EventId id : graph.EventIds()) {
    std::optional<graph::EventView> event = graph.Event(id, /*with_evidence=*/true);
    if (!event) continue;
    if (!event->evidence.empty()) {
      auto stated = std::find_if(event->evidence.begin(), event->evidence.end(),
                                 [](const graph::EvidenceView& e) { return !e.hedged; });
      snippets_[id] = std::move(stated != event->evidence.end() ? *stated : event->evidence[0]);
    }
    for (graph::EntityId end : {event->subject, event->object}) {
      auto it = position_.find(end);
      if (it != position_.end()) ++entries_[it->second].events;
    }
  }
}

const GraphIndex::Entry* GraphIndex::Find(graph::EntityId id) const {
  auto it = position_.find(id);
  return it == position_.end() ? nullptr : &entries_[it->second];
}

const graph::EvidenceView* GraphIndex::Snippet(graph::EventId id) const {
  auto it = snippets_.find(id);
  return it == snippets_.end() ? nullptr : &it->second;
}

std::vector<const GraphIndex::Entry*> GraphIndex::Search(std::string_view query,
                                                           std::string_view type,
                                                           std::size_t offset, std::size_t limit,
                                                           std::size_t* total) const {
  const std::string key = graph::NameKey(query);
  std::vector<std::pair<int, const Entry*>> matches;
  for (const Entry& entry : entries_) {
    if (!type.empty() && entry.type != type) continue;
    int rank = key.empty() ? 0 : MatchRank(entry.keys, key);
    if (rank < 3) matches.emplace_back(rank, &entry);
  }
  *total = matches.size();
  auto order = [](const auto& a, const auto& b) {
    return std::make_tuple(a.first, b.second->events, a.second->id) <
           std::make_tuple(b.first, a.second->events, b.second->id);
  };
  const std::size_t begin = std::min(offset, matches.size());
  const std::size_t end = std::min(matches.size(), begin + limit);
  // Only the requested page needs to be in order.
  std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(end),
                    matches.end(), order);
  std::vector<const Entry*> page;
  for (std::size_t i = begin; i < end; ++i) page.push_back(matches[i].second);
  return page;
}

void GraphIndex::WriteRef(JsonOut& out, graph::EntityId id) const {
  out.BeginObject().Member("id", id);
  if (const Entry* entry = Find(id)) {
    out.Member("name", entry->name).Member("type", entry->type);
  }
  out.EndObject();
}

}  // namespace newsgraph::serve
