#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "core/calendar.h"
#include "core/relation_types.h"
#include "extract/normalizer.h"

namespace newsgraph::graph {
namespace {

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

std::optional<std::uint8_t> RelationIndex(std::string_view name) {
  const std::optional<std::size_t> i = newsgraph::RelationTypes::Builtin().IndexOf(name);
  // EventRec keeps the row in a byte: the inventory has far fewer rows.
  if (!i || *i > UINT8_MAX) return std::nullopt;
  return static_cast<std::uint8_t>(*i);
}

using Attributes = std::map<std::string, std::string>;

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

// ---- Boost view for paths -------------------------------------------------

struct CsrEdge {
  std::uint32_t event = 0;
};
using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, CsrEdge>;

}  // namespace

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

  // ---- entities ----
  void AddKey(std::uint32_t idx, const std::string& key) {
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
  void IndexName(std::uint32_t idx, std::string_view name) {
    const std::string key = NameKey(name);
    if (key.empty()) return;
    auto& list = name_index[key];
    if (std::find(list.begin(), list.end(), idx) == list.end()) list.push_back(idx);
  }
  void UnindexName(std::uint32_t idx, std::string_view name) {
    auto it = name_index.find(NameKey(name));
    if (it == name_index.end()) return;
    auto& list = it->second;
    list.erase(std::remove(list.begin(), list.end(), idx), list.end());
    if (list.empty()) name_index.erase(it);
  }
  // Adds a surface form unless it is the name or already known.
  bool AddAliasName(std::uint32_t idx, std::string_view alias) {
    EntityRec& e = entities[idx];
    if (alias.empty() || strings.Get(e.name) == alias) return false;
    const Sym sym = strings.Intern(alias);
    if (std::find(e.aliases.begin(), e.aliases.end(), sym) != e.aliases.end()) return false;
    e.aliases.push_back(sym);
    IndexName(idx, alias);
    return true;
  }

  std::uint32_t NewEntity(const newsgraph::Entity& source) {
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

  // Fills what the stored entity lacks from a new mention of it.
  void Enrich(std::uint32_t idx, const newsgraph::Entity& source) {
    bool changed = false;
    auto fill = [&](Sym& field, const std::string& value) {
      if (field == 0 && !value.empty()) {
        field = strings.Intern(value);
        changed = true;
      }
    };
    EntityRec& e = entities[idx];
    fill(e.stock_code, source.stock_code);
    fill(e.english, source.english_name);
    fill(e.lexicon_id, source.lexicon_id);
    changed |= AddAliasName(idx, source.name);
    for (const std::string& m : source.mentions) changed |= AddAliasName(idx, m);
    if (!source.english_name.empty()) changed |= AddAliasName(idx, source.english_name);
    if (changed) MarkEntity(idx);
  }

  std::optional<std::uint32_t> ByKey(const std::string& key) const {
    auto it = key_index.find(key);
    if (it == key_index.end() || !entities[it->second].alive) return std::nullopt;
    return it->second;
  }

  // True when `idx` may stand for `source`: a lexicon id or stock code on
  // both sides must agree.
  bool Compatible(std::uint32_t idx, const newsgraph::Entity& source) const {
    const EntityRec& e = entities[idx];
    if (e.type != source.type) return false;
    if (!source.lexicon_id.empty() && e.lexicon_id != 0 &&
        strings.Get(e.lexicon_id) != source.lexicon_id) {
      return false;
    }
    if (!source.stock_code.empty() && e.stock_code != 0 &&
        strings.Get(e.stock_code) != source.stock_code) {
      return false;
    }
    return true;
  }

  // Resolves a non-person (or lexicon person): lexicon id, stock code, name.
  std::uint32_t ResolveByKeys(const newsgraph::Entity& source) {
    const std::string lex = source.lexicon_id.empty() ? "" : "lex:" + source.lexicon_id;
    const std::string stock = source.stock_code.empty() ? "" : "stock:" + source.stock_code;
    const std::string name = TypedNameKey(source.type, source.name);
    std::optional<std::uint32_t> found;
    if (!lex.empty()) found = ByKey(lex);
    if (!found && !stock.empty()) {
      found = ByKey(stock);
      if (found && !Compatible(*found, source)) found.reset();
    }
    if (!found) {
      found = ByKey(name);
      if (found && !Compatible(*found, source)) found.reset();
    }
    const std::uint32_t idx = found ? *found : NewEntity(source);
    if (!lex.empty() && !ByKey(lex)) AddKey(idx, lex);
    if (!stock.empty() && !ByKey(stock)) AddKey(idx, stock);
    if (!ByKey(name)) AddKey(idx, name);
    Enrich(idx, source);
    return idx;
  }

  bool HasOrgKey(std::uint32_t idx) const {
    for (Sym k : entities[idx].keys) {
      const std::string& key = strings.Get(k);
      if (key.rfind("person:", 0) == 0) return true;
    }
    return false;
  }

  std::vector<std::uint32_t> PersonsNamed(const std::string& name_key) const {
    std::vector<std::uint32_t> out;
    auto it = name_index.find(name_key);
    if (it == name_index.end()) return out;
    for (std::uint32_t idx : it->second) {
      if (entities[idx].alive && entities[idx].type == newsgraph::EntityType::kPerson) {
        out.push_back(idx);
      }
    }
    return out;
  }

  // A person without a lexicon id: keyed by name and organisation when the
  // document gives one, so namesakes at different companies stay apart.
  std::uint32_t ResolvePerson(const newsgraph::Entity& source, std::optional<std::uint32_t> org) {
    if (!source.lexicon_id.empty()) return ResolveByKeys(source);
    const std::string name_key = NameKey(source.name);
    const std::string name = TypedNameKey(source.type, source.name);
    const std::vector<std::uint32_t> namesakes = PersonsNamed(name_key);
    std::optional<std::uint32_t> found;
    if (org) {
      const std::string org_key = "person:" + name_key + "@" + std::to_string(IdOf(*org));
      found = ByKey(org_key);
      // A namesake known by name only becomes this person at this organisation.
      if (!found && namesakes.size() == 1 && !HasOrgKey(namesakes[0])) found = namesakes[0];
      if (!found) found = NewEntity(source);
      AddKey(*found, org_key);
    } else {
      if (namesakes.size() == 1) found = namesakes[0];
      if (!found) found = ByKey(name);
      if (!found) found = NewEntity(source);
    }
    if (!ByKey(name)) AddKey(*found, name);
    Enrich(*found, source);
    return *found;
  }

  // ---- events and evidence ----
  EventKey KeyOf(std::uint32_t s, std::uint32_t o, std::uint8_t rel, Sym time) const {
    if (newsgraph::RelationTypes::Builtin()[rel].symmetric && o < s) std::swap(s, o);
    return EventKey{s, o, rel, time};
  }
  EventKey KeyOf(const EventRec& ev) const {
    return KeyOf(ev.subject, ev.object, ev.relation, ev.time);
  }

  // The one dated event for (s, rel, o), if exactly one exists.
  std::optional<std::uint32_t> UniqueDated(std::uint32_t s, std::uint32_t o,
                                           std::uint8_t rel) const {
    const EventKey want = KeyOf(s, o, rel, 0);
    const std::uint32_t scan = entities[s].events.size() <= entities[o].events.size() ? s : o;
    std::optional<std::uint32_t> found;
    for (std::uint32_t ev_idx : entities[scan].events) {
      const EventRec& ev = events[ev_idx];
      if (ev.time == 0) continue;
      EventKey k = KeyOf(ev);
      k.time = 0;
      if (!(k == want)) continue;
      if (found) return std::nullopt;
      found = ev_idx;
    }
    return found;
  }

  std::uint32_t NewEvent(const EventKey& key, Sym attributes) {
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

  void MergeAttributes(std::uint32_t ev_idx, const Attributes& more) {
    if (more.empty()) return;
    EventRec& ev = events[ev_idx];
    Attributes current = ParseAttributes(strings.Get(ev.attributes));
    const std::size_t before = current.size();
    for (const auto& kv : more) current.insert(kv);  // the first report wins
    if (current.size() == before && ev.attributes != 0) return;
    ev.attributes = strings.Intern(SerializeAttributes(current));
    MarkEvent(ev_idx);
  }

  // stated and source_count follow from the evidence. An unknown source
  // counts per document: two unnamed outlets may be two outlets.
  void Recount(std::uint32_t ev_idx) {
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

  std::uint64_t SourceKey(std::uint32_t doc) const {
    const Sym src = docs[doc].source;
    return src != 0 ? src : (std::uint64_t{1} << 40) + doc;
  }

  // Counts are updated in place: an event reported by thousands of
  // articles must not be recounted from scratch on every new one.
  void AttachEvidence(std::uint32_t ev_idx, EvidenceRec rec) {
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

  void RemoveEvent(std::uint32_t ev_idx) {
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

  void DropEvidence(std::uint32_t ev_idx_evidence) {
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

  void RemoveDoc(std::uint32_t doc) {
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

  std::uint32_t NewDoc(const DocumentInfo& info) {
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

  std::optional<std::uint32_t> FindDoc(std::string_view id) const {
    const std::optional<Sym> sym = strings.Find(id);
    if (!sym) return std::nullopt;
    auto it = doc_index.find(*sym);
    if (it == doc_index.end()) return std::nullopt;
    return it->second;
  }

  // The event a relation belongs to, created when new (*created = true).
  std::uint32_t FindOrCreateEvent(std::uint32_t s, std::uint32_t o, std::uint8_t rel, Sym time,
                                  Sym attributes, bool* created) {
    *created = false;
    if (time == 0) {
      if (auto dated = UniqueDated(s, o, rel)) return *dated;
    }
    const EventKey key = KeyOf(s, o, rel, time);
    auto it = event_index.find(key);
    if (it != event_index.end()) return it->second;
    *created = true;
    return NewEvent(key, attributes);
  }

  // Undated mentions of (s, rel, o) belong to the dated event when exactly
  // one exists, else to the undated event. Called after the set of dated
  // events changed, so that the result does not depend on the order in
  // which articles arrive.
  void Rebalance(std::uint32_t s, std::uint32_t o, std::uint8_t rel) {
    const EventKey undated_key = KeyOf(s, o, rel, 0);
    std::vector<std::uint32_t> dated;
    const std::uint32_t scan = entities[s].events.size() <= entities[o].events.size() ? s : o;
    for (std::uint32_t ev_idx : entities[scan].events) {
      if (events[ev_idx].time == 0) continue;
      EventKey k = KeyOf(events[ev_idx]);
      k.time = 0;
      if (k == undated_key) dated.push_back(ev_idx);
    }
    std::optional<std::uint32_t> undated;
    if (auto it = event_index.find(undated_key); it != event_index.end()) undated = it->second;
    std::vector<std::uint32_t> floating;
    if (undated) floating = events[*undated].evidence;
    for (std::uint32_t d : dated) {
      for (std::uint32_t e : events[d].evidence) {
        if (evidence[e].undated) floating.push_back(e);
      }
    }
    if (floating.empty()) return;
    if (dated.size() != 1 && !undated) undated = NewEvent(undated_key, 0);
    const std::uint32_t target = dated.size() == 1 ? dated[0] : *undated;
    std::set<std::uint32_t> sources;
    for (std::uint32_t e : floating) {
      const std::uint32_t from = evidence[e].event;
      if (from == target) continue;
      auto& list = events[from].evidence;
      list.erase(std::remove(list.begin(), list.end(), e), list.end());
      evidence[e].event = target;
      events[target].evidence.push_back(e);
      MarkDoc(evidence[e].doc);
      sources.insert(from);
    }
    for (std::uint32_t from : sources) {
      if (events[from].evidence.empty()) {
        RemoveEvent(from);
      } else {
        MarkEvent(from);
        Recount(from);
      }
    }
    MarkEvent(target);
    Recount(target);
  }

  // ---- views ----
  EntityView ViewEntity(std::uint32_t idx) const {
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

  EvidenceView ViewEvidence(const EvidenceRec& r) const {
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

  EventView ViewEvent(std::uint32_t idx, bool with_evidence, std::size_t max_evidence = 0) const {
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

  Subgraph MakeSubgraph(std::vector<std::uint32_t> es, std::vector<std::uint32_t> vs,
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

  // ---- filters ----
  struct Filter {
    std::vector<std::uint8_t> relations;  // empty = all
    std::optional<TimeSpan> window;       // nullopt = no time filter
    bool valid = true;                    // false: a bound did not parse
  };
  static Filter MakeFilter(const std::vector<std::string>& relations, const TimeFilter& time) {
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
  bool Passes(const Filter& f, const EventRec& ev) const {
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

  std::shared_ptr<const Csr> BuildCsr(const Filter& f) const {
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

  std::shared_ptr<const Csr> CsrFor(const Filter& f) const {
    if (!f.relations.empty() || f.window) return BuildCsr(f);
    std::lock_guard<std::mutex> lock(csr_mutex);
    if (!csr) csr = BuildCsr(f);
    return csr;
  }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

namespace {

void Warn(std::vector<std::string>* warnings, const std::string& doc, std::size_t i,
          const std::string& why) {
  if (warnings != nullptr) {
    warnings->push_back("doc " + doc + ": relation " + std::to_string(i + 1) + ": " + why);
  }
}

}  // namespace

Status KnowledgeGraph::AddDocument(const DocumentInfo& document,
                                   const newsgraph::Extraction& extraction,
                                   std::vector<std::string>* warnings) {
  if (document.id.empty()) return Status::InvalidInput("document without an id");
  Impl& g = *impl_;
  g.Invalidate();
  if (auto old = g.FindDoc(document.id)) g.RemoveDoc(*old);
  const std::uint32_t doc = g.NewDoc(document);

  // Organisations first: a person's key needs the organisation's id.
  std::unordered_map<std::string, std::uint32_t> by_name;
  for (const newsgraph::Entity& e : extraction.entities) {
    if (e.name.empty() || e.type == newsgraph::EntityType::kPerson) continue;
    by_name.emplace(e.name, g.ResolveByKeys(e));
  }
  std::unordered_map<std::string, std::uint32_t> person_org;
  for (const newsgraph::Relation& r : extraction.relations) {
    if (r.relation != "role") continue;
    auto org = by_name.find(r.object);
    if (org != by_name.end() && g.entities[org->second].type == newsgraph::EntityType::kOrg) {
      person_org.emplace(r.subject, org->second);  // the first role wins
    }
  }
  for (const newsgraph::Entity& e : extraction.entities) {
    if (e.name.empty() || e.type != newsgraph::EntityType::kPerson) continue;
    auto org = person_org.find(e.name);
    by_name.emplace(e.name, g.ResolvePerson(e, org == person_org.end()
                                                   ? std::nullopt
                                                   : std::optional<std::uint32_t>(org->second)));
  }
  // Relations may name an entity by any of its mentions.
  for (const newsgraph::Entity& e : extraction.entities) {
    auto it = by_name.find(e.name);
    if (it == by_name.end()) continue;
    for (const std::string& m : e.mentions) by_name.emplace(m, it->second);
  }

  for (std::size_t i = 0; i < extraction.relations.size(); ++i) {
    const newsgraph::Relation& r = extraction.relations[i];
    const std::optional<std::uint8_t> rel = RelationIndex(r.relation);
    if (!rel) {
      Warn(warnings, document.id, i, "unknown relation type \"" + r.relation + "\"");
      continue;
    }
    auto s = by_name.find(r.subject);
    auto o = by_name.find(r.object);
    if (s == by_name.end() || o == by_name.end()) {
      Warn(warnings, document.id, i,
           "entity \"" + (s == by_name.end() ? r.subject : r.object) + "\" is not listed");
      continue;
    }
    if (s->second == o->second) {
      Warn(warnings, document.id, i, "\"" + r.subject + "\" related to itself");
      continue;
    }
    const Sym time = r.time ? g.strings.Intern(r.time->value) : 0;
    bool created = false;
    const std::uint32_t ev =
        g.FindOrCreateEvent(s->second, o->second, *rel, time,
                            g.strings.Intern(SerializeAttributes(r.attributes)), &created);
    g.MergeAttributes(ev, r.attributes);
    EvidenceRec rec;
    rec.doc = doc;
    rec.sentence = g.strings.Intern(r.evidence.sentence);
    rec.start = static_cast<std::uint32_t>(r.evidence.start);
    rec.end = static_cast<std::uint32_t>(r.evidence.end);
    rec.title_field = r.evidence.field == "title";
    rec.hedged = r.hedged;
    // A dated mention always keeps a time text: an empty one marks undated.
    rec.time_text = r.time ? g.strings.Intern(r.time->text.empty() ? r.time->value : r.time->text) : 0;
    rec.undated = !r.time;
    rec.rule = g.strings.Intern(r.rule);
    // The same sentence reporting the same event twice is one piece of evidence.
    bool duplicate = false;
    for (std::uint32_t e : g.docs[doc].evidence) {
      const EvidenceRec& x = g.evidence[e];
      duplicate |= x.event == ev && x.start == rec.start && x.end == rec.end &&
                   x.title_field == rec.title_field && x.hedged == rec.hedged;
    }
    if (!duplicate) g.AttachEvidence(ev, rec);
    if (created && time != 0) g.Rebalance(s->second, o->second, *rel);
  }
  return Status::Ok();
}

Status KnowledgeGraph::RemoveDocument(std::string_view doc_id) {
  auto doc = impl_->FindDoc(doc_id);
  if (!doc) return Status::NotFound("no document \"" + std::string(doc_id) + "\"");
  impl_->Invalidate();
  impl_->RemoveDoc(*doc);
  return Status::Ok();
}

bool KnowledgeGraph::HasDocument(std::string_view doc_id) const {
  return impl_->FindDoc(doc_id).has_value();
}

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
