#include "extract/entity_table.h"

#include <algorithm>

namespace newsgraph::extract {

std::string EntityTable::Key(std::string_view s) {
  std::string key;
  key.reserve(s.size());
  for (char c : s) {
    if (c != ' ') key.push_back(c);
  }
  return key;
}

int EntityTable::FromLexicon(const LexiconEntry& entry,
                             std::size_t lexicon_index) {
  auto it = by_lexicon_.find(entry.id);
  if (it != by_lexicon_.end()) return it->second;
  // A pattern may have named it first ("SK하이닉스" before the lexicon knew).
  int id = -1;
  auto named = by_key_.find(Key(entry.name));
  if (named != by_key_.end() && entities_[named->second].lexicon_id.empty()) {
    id = named->second;
  } else {
    id = size();
    entities_.emplace_back();
    entities_.back().score = 0.0;  // raised to the lexicon's below
    lexicon_index_.push_back(-1);
    tentative_.push_back(false);
    written_.emplace_back();
  }
  tentative_[static_cast<std::size_t>(id)] = false;
  Entity& e = entities_[static_cast<std::size_t>(id)];
  e.name = entry.name;
  e.type = entry.type;
  e.lexicon_id = entry.id;
  e.english_name = entry.english;
  e.score = std::max(e.score, kLexiconScore);
  if (!entry.stock_code.empty()) e.stock_code = entry.stock_code;
  lexicon_index_[static_cast<std::size_t>(id)] =
      static_cast<int>(lexicon_index);
  by_lexicon_[entry.id] = id;
  by_key_[Key(entry.name)] = id;
  if (std::find(e.mentions.begin(), e.mentions.end(), entry.name) ==
      e.mentions.end()) {
    e.mentions.insert(e.mentions.begin(), entry.name);
  }
  by_surface_.emplace(Key(entry.name), id);
  return id;
}

int EntityTable::FromName(std::string_view name, EntityType type) {
  const int id = Find(name);
  if (id >= 0) {
    tentative_[static_cast<std::size_t>(id)] = false;
    RaiseScore(id, kPatternScore);
    return id;
  }
  return Create(name, type, /*tentative=*/false);
}

int EntityTable::FromBareName(std::string_view name) {
  const int id = Find(name);
  return id >= 0 ? id : Create(name, EntityType::kPerson, /*tentative=*/true);
}

void EntityTable::RaiseScore(int entity, double score) {
  Entity& e = at(entity);
  e.score = std::max(e.score, score);
}

int EntityTable::Find(std::string_view name) const {
  const std::string key = Key(name);
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  auto seen = by_surface_.find(key);
  return seen != by_surface_.end() ? seen->second : -1;
}

int EntityTable::Create(std::string_view name, EntityType type,
                        bool tentative) {
  const int id = size();
  Entity e;
  e.name = std::string(name);
  e.type = type;
  e.score = tentative ? kTentativeScore : kPatternScore;
  entities_.push_back(std::move(e));
  lexicon_index_.push_back(-1);
  tentative_.push_back(tentative);
  written_.emplace_back();
  by_key_[Key(name)] = id;
  AddMention(id, name);
  return id;
}

int EntityTable::FindBySurface(std::string_view surface) const {
  auto it = by_surface_.find(Key(surface));
  return it == by_surface_.end() ? -1 : it->second;
}

void EntityTable::AddMention(int entity, std::string_view surface) {
  // "㈜포스코" is also written "포스코": readers and scorers look for the
  // bare name, so both forms are mentions.
  if (company_marks_ != nullptr) {
    for (std::string_view mark : *company_marks_) {
      // The first byte first: most surfaces differ there (a test per mention).
      if (surface.size() > mark.size() && surface[0] == mark[0] &&
          surface.starts_with(mark)) {
        AddMention(entity, surface.substr(mark.size()));
      }
    }
  }
  Entity& e = at(entity);
  auto& written = written_[static_cast<std::size_t>(entity)];
  if (std::find(written.begin(), written.end(), surface) == written.end()) {
    written.emplace_back(surface);
  }
  if (std::find(e.mentions.begin(), e.mentions.end(), surface) ==
      e.mentions.end()) {
    e.mentions.emplace_back(surface);
  }
  by_surface_.emplace(Key(surface), entity);
}

void EntityTable::PreferWrittenNames() {
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    Entity& e = entities_[i];
    const auto& written = written_[i];
    if (e.lexicon_id.empty() || written.empty()) continue;
    const bool writes_name = std::any_of(
        written.begin(), written.end(),
        [&](const std::string& w) { return Key(w) == Key(e.name); });
    if (writes_name) continue;
    // The longest written form is the fullest ("㈜두산" over "두산").
    const std::string& best =
        *std::max_element(written.begin(), written.end(),
                          [](const std::string& a, const std::string& b) {
                            return a.size() < b.size();
                          });
    e.name = best;
    auto it = std::find(e.mentions.begin(), e.mentions.end(), best);
    if (it != e.mentions.end()) e.mentions.erase(it);
    e.mentions.insert(e.mentions.begin(), best);
  }
}

void EntityTable::AddAlias(int entity, std::string_view surface) {
  Entity& e = at(entity);
  if (std::find(e.mentions.begin(), e.mentions.end(), surface) ==
      e.mentions.end()) {
    e.mentions.emplace_back(surface);
  }
  by_surface_.emplace(Key(surface), entity);
}

void EntityTable::SetStockCode(int entity, std::string_view code) {
  if (at(entity).stock_code.empty()) at(entity).stock_code = std::string(code);
}

}  // namespace newsgraph::extract
