// KnowledgeGraph's storage: the internal helpers every part shares
// (relation rows, attribute encoding, name keys), construction, and the
// primitives that add and remove entities, events, evidence and documents
// while keeping the indexes, the live counts and the change journal right.
// The merge policy built on them is in knowledge_graph_merge.cc.
#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdint>

#include "extract/normalizer.h"
#include "graph/knowledge_graph_impl.h"

namespace newsgraph::graph {

std::optional<std::uint8_t> RelationIndex(std::string_view name) {
  const std::optional<std::size_t> i = newsgraph::RelationTypes::Builtin().IndexOf(name);
  // EventRec keeps the row in a byte: the inventory has far fewer rows.
  if (!i || *i > UINT8_MAX) return std::nullopt;
  return static_cast<std::uint8_t>(*i);
}

std::string SerializeAttributes(const Attributes& attributes) {
  std::string out;
  for (const auto& [k, v] : attributes) {
    if (!out.empty()) out += '\x1e';
    out += k;
    out += '\x1f';
    out += v;
  }
  return out;
}

Attributes ParseAttributes(const std::string& s) {
  Attributes out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t end = s.find('\x1e', pos);
    if (end == std::string::npos) end = s.size();
    const std::size_t sep = s.find('\x1f', pos);
    if (sep != std::string::npos && sep < end) {
      out.emplace(s.substr(pos, sep - pos), s.substr(sep + 1, end - sep - 1));
    }
    pos = end + 1;
  }
  return out;
}

std::optional<std::pair<std::string, std::string>> TimeRange(std::string_view value) {
  auto span = newsgraph::ParseTimeSpan(value);
  if (!span) return std::nullopt;
  return std::pair{std::move(span->first), std::move(span->last)};
}

std::string NameKey(std::string_view name) {
  std::string normalized = extract::NormalizeText(name);
  std::string out;
  out.reserve(normalized.size());
  for (char c : normalized) {
    if (c == ' ') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

void KnowledgeGraph::Impl::AddKey(std::uint32_t idx, const std::string& key) {
  auto [it, inserted] = key_index.emplace(key, idx);
  if (!inserted) {
    if (it->second == idx) return;
    // The key moves (curation): the old owner forgets it.
    auto& old = entities[it->second].keys;
    old.erase(std::remove(old.begin(), old.end(), strings.Intern(key)), old.end());
    MarkEntity(it->second);
    it->second = idx;
  }
  entities[idx].keys.push_back(strings.Intern(key));
  MarkEntity(idx);
}

void KnowledgeGraph::Impl::IndexName(std::uint32_t idx, std::string_view name) {
  const std::string key = NameKey(name);
  if (key.empty()) return;
  auto& list = name_index[key];
  if (std::find(list.begin(), list.end(), idx) == list.end()) list.push_back(idx);
}

void KnowledgeGraph::Impl::UnindexName(std::uint32_t idx, std::string_view name) {
  auto it = name_index.find(NameKey(name));
  if (it == name_index.end()) return;
  auto& list = it->second;
  list.erase(std::remove(list.begin(), list.end(), idx), list.end());
  if (list.empty()) name_index.erase(it);
}

bool KnowledgeGraph::Impl::AddAliasName(std::uint32_t idx, std::string_view alias) {
  EntityRec& e = entities[idx];
  if (alias.empty() || strings.Get(e.name) == alias) return false;
  const Sym sym = strings.Intern(alias);
  if (std::find(e.aliases.begin(), e.aliases.end(), sym) != e.aliases.end()) return false;
  e.aliases.push_back(sym);
  IndexName(idx, alias);
  return true;
}

std::uint32_t KnowledgeGraph::Impl::NewEntity(const newsgraph::Entity& source) {
  const auto idx = static_cast<std::uint32_t>(entities.size());
  EntityRec rec;
  rec.alive = true;
  rec.type = source.type;
  rec.name = strings.Intern(source.name);
  rec.stock_code = strings.Intern(source.stock_code);
  rec.english = strings.Intern(source.english_name);
  rec.lexicon_id = strings.Intern(source.lexicon_id);
  entities.push_back(std::move(rec));
  ++live_entities;
  IndexName(idx, source.name);
  MarkEntity(idx);
  return idx;
}

std::uint32_t KnowledgeGraph::Impl::NewEvent(const EventKey& key, Sym attributes) {
  const auto idx = static_cast<std::uint32_t>(events.size());
  EventRec ev;
  ev.alive = true;
  ev.subject = key.subject;
  ev.object = key.object;
  ev.relation = key.relation;
  ev.time = key.time;
  ev.attributes = attributes;
  events.push_back(std::move(ev));
  event_index.emplace(key, idx);
  entities[key.subject].events.push_back(idx);
  if (key.object != key.subject) entities[key.object].events.push_back(idx);
  ++live_events;
  MarkEvent(idx);
  return idx;
}

void KnowledgeGraph::Impl::Recount(std::uint32_t ev_idx) {
  EventRec& ev = events[ev_idx];
  bool stated = false;
  std::vector<std::uint64_t> sources;
  for (std::uint32_t e : ev.evidence) {
    stated |= !evidence[e].hedged;
    sources.push_back(SourceKey(evidence[e].doc));
  }
  std::sort(sources.begin(), sources.end());
  const auto count = std::unique(sources.begin(), sources.end()) - sources.begin();
  if (ev.stated != stated || ev.source_count != count) MarkEvent(ev_idx);
  ev.stated = stated;
  ev.source_count = static_cast<std::uint16_t>(count);
}

std::uint64_t KnowledgeGraph::Impl::SourceKey(std::uint32_t doc) const {
  const Sym src = docs[doc].source;
  return src != 0 ? src : (std::uint64_t{1} << 40) + doc;
}

void KnowledgeGraph::Impl::AttachEvidence(std::uint32_t ev_idx, EvidenceRec rec) {
  rec.event = ev_idx;
  rec.alive = true;
  EventRec& ev = events[ev_idx];
  const std::uint64_t source = SourceKey(rec.doc);
  bool known_source = false;
  for (std::uint32_t e : ev.evidence) {
    if (SourceKey(evidence[e].doc) == source) {
      known_source = true;
      break;
    }
  }
  if (!known_source) ++ev.source_count;
  ev.stated |= !rec.hedged;
  const auto idx = static_cast<std::uint32_t>(evidence.size());
  evidence.push_back(rec);
  ev.evidence.push_back(idx);
  docs[rec.doc].evidence.push_back(idx);
  ++live_evidence;
  MarkEvent(ev_idx);
}

void KnowledgeGraph::Impl::RemoveEvent(std::uint32_t ev_idx) {
  EventRec& ev = events[ev_idx];
  if (!ev.alive) return;
  auto it = event_index.find(KeyOf(ev));
  if (it != event_index.end() && it->second == ev_idx) event_index.erase(it);
  for (std::uint32_t end : {ev.subject, ev.object}) {
    auto& list = entities[end].events;
    list.erase(std::remove(list.begin(), list.end(), ev_idx), list.end());
  }
  ev.alive = false;
  ev.evidence.clear();
  ev.evidence.shrink_to_fit();
  --live_events;
  if (recording) {
    changed_events.erase(IdOf(ev_idx));
    removed_events.insert(IdOf(ev_idx));
  }
}

void KnowledgeGraph::Impl::DropEvidence(std::uint32_t ev_idx_evidence) {
  EvidenceRec& rec = evidence[ev_idx_evidence];
  if (!rec.alive) return;
  rec.alive = false;
  --live_evidence;
  auto& list = events[rec.event].evidence;
  list.erase(std::remove(list.begin(), list.end(), ev_idx_evidence), list.end());
  if (list.empty()) {
    const EventRec& ev = events[rec.event];
    RemoveEvent(rec.event);
    if (ev.time != 0) Rebalance(ev.subject, ev.object, ev.relation);
  } else {
    MarkEvent(rec.event);
    Recount(rec.event);
  }
}

void KnowledgeGraph::Impl::RemoveDoc(std::uint32_t doc) {
  DocRec& d = docs[doc];
  for (std::uint32_t e : d.evidence) DropEvidence(e);
  d.evidence.clear();
  d.evidence.shrink_to_fit();
  d.alive = false;
  --live_docs;
  doc_index.erase(d.id);
  if (recording) {
    const std::string& id = strings.Get(d.id);
    changed_docs.erase(id);
    removed_docs.insert(id);
  }
}

std::uint32_t KnowledgeGraph::Impl::NewDoc(const DocumentInfo& info) {
  const auto doc = static_cast<std::uint32_t>(docs.size());
  DocRec d;
  d.alive = true;
  d.id = strings.Intern(info.id);
  d.date = strings.Intern(info.date);
  d.source = strings.Intern(info.source);
  d.title = strings.Intern(info.title);
  d.url = strings.Intern(info.url);
  docs.push_back(std::move(d));
  doc_index[docs.back().id] = doc;
  ++live_docs;
  if (recording) {
    removed_docs.erase(info.id);
    changed_docs.insert(info.id);
  }
  return doc;
}

std::optional<std::uint32_t> KnowledgeGraph::Impl::FindDoc(std::string_view id) const {
  const std::optional<Sym> sym = strings.Find(id);
  if (!sym) return std::nullopt;
  auto it = doc_index.find(*sym);
  if (it == doc_index.end()) return std::nullopt;
  return it->second;
}

}  // namespace newsgraph::graph
