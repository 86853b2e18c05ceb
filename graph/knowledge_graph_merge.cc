// The merge policy (AddDocument, RemoveDocument): how a mention resolves
// to an entity (lexicon id, stock code, name; people by name and
// organisation), how a relation finds its event, and how undated mentions
// join the one dated event (Rebalance). The rules are in knowledge_graph.h.
#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph_impl.h"

namespace newsgraph::graph {

void KnowledgeGraph::Impl::Enrich(std::uint32_t idx, const newsgraph::Entity& source) {
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

std::optional<std::uint32_t> KnowledgeGraph::Impl::ByKey(const std::string& key) const {
  auto it = key_index.find(key);
  if (it == key_index.end() || !entities[it->second].alive) return std::nullopt;
  return it->second;
}

bool KnowledgeGraph::Impl::Compatible(std::uint32_t idx, const newsgraph::Entity& source) const {
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

std::uint32_t KnowledgeGraph::Impl::ResolveByKeys(const newsgraph::Entity& source) {
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

bool KnowledgeGraph::Impl::HasOrgKey(std::uint32_t idx) const {
  for (Sym k : entities[idx].keys) {
    const std::string& key = strings.Get(k);
    if (key.rfind("person:", 0) == 0) return true;
  }
  return false;
}

std::vector<std::uint32_t> KnowledgeGraph::Impl::PersonsNamed(const std::string& name_key) const {
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

std::uint32_t KnowledgeGraph::Impl::ResolvePerson(const newsgraph::Entity& source,
                                                  std::optional<std::uint32_t> org) {
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

std::optional<std::uint32_t> KnowledgeGraph::Impl::UniqueDated(std::uint32_t s, std::uint32_t o,
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

void KnowledgeGraph::Impl::MergeAttributes(std::uint32_t ev_idx, const Attributes& more) {
  if (more.empty()) return;
  EventRec& ev = events[ev_idx];
  Attributes current = ParseAttributes(strings.Get(ev.attributes));
  const std::size_t before = current.size();
  for (const auto& kv : more) current.insert(kv);  // the first report wins
  if (current.size() == before && ev.attributes != 0) return;
  ev.attributes = strings.Intern(SerializeAttributes(current));
  MarkEvent(ev_idx);
}

std::uint32_t KnowledgeGraph::Impl::FindOrCreateEvent(std::uint32_t s, std::uint32_t o,
                                                      std::uint8_t rel, Sym time, Sym attributes,
                                                      bool* created) {
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

void KnowledgeGraph::Impl::Rebalance(std::uint32_t s, std::uint32_t o, std::uint8_t rel) {
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

}  // namespace newsgraph::graph
