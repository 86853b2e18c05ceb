#include "extract/ko/coreference.h"

#include <algorithm>

namespace newsgraph::extract::ko {
namespace {

bool IsSubjectRole(Role r) { return r == Role::kTopic || r == Role::kSubject; }

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

int Coreference::LatestPersonWithSurname(const std::string& surname) const {
  for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
    if (StartsWith(table_->at(*it).name, surname)) return *it;
  }
  // A headline may name the person by surname before the body does.
  for (int i = 0; i < table_->size(); ++i) {
    const Entity& e = table_->at(i);
    if (e.type == EntityType::kPerson && !table_->tentative(i) &&
        StartsWith(e.name, surname) && e.name.find(' ') == std::string::npos) {
      return i;
    }
  }
  return -1;
}

int Coreference::OrgOf(int entity) const {
  if (table_->at(entity).type != EntityType::kPerson) return entity;
  auto it = org_of_person_.find(entity);
  return it == org_of_person_.end() ? -1 : it->second;
}

std::vector<int> Coreference::ResolvePair(AnaphorKind kind) const {
  std::vector<int> pair;
  if (pair_[0] >= 0 && pair_[1] >= 0) {
    pair = {pair_[0], pair_[1]};
    if (kind == AnaphorKind::kOrgPair) {
      pair = {OrgOf(pair_[0]), OrgOf(pair_[1])};
      if (pair[0] < 0 || pair[1] < 0 || pair[0] == pair[1]) pair.clear();
    } else if (kind == AnaphorKind::kPersonPair &&
               (table_->at(pair[0]).type != EntityType::kPerson ||
                table_->at(pair[1]).type != EntityType::kPerson)) {
      pair.clear();
    }
    if (!pair.empty()) return pair;
  }
  // Nothing paired yet: the two latest of the kind.
  const std::vector<int>& pool =
      kind == AnaphorKind::kPersonPair ? persons_ : orgs_;
  for (auto it = pool.rbegin(); it != pool.rend() && pair.size() < 2; ++it) {
    if (std::find(pair.begin(), pair.end(), *it) == pair.end())
      pair.push_back(*it);
  }
  if (pair.size() < 2) pair.clear();
  return pair;
}

void Coreference::Resolve(SentenceView* view) {
  for (Mention& m : view->mentions) {
    if (!m.anaphor) continue;
    m.entities.clear();
    switch (m.anaphor_kind) {
      case AnaphorKind::kPerson: {
        const int p = !m.surname.empty()
                          ? LatestPersonWithSurname(m.surname)
                          : (persons_.empty() ? -1 : persons_.back());
        if (p >= 0) m.entities = {p};
        break;
      }
      case AnaphorKind::kOrg: {
        const int o = subject_org_ >= 0 ? subject_org_
                                        : (orgs_.empty() ? -1 : orgs_.back());
        if (o >= 0) m.entities = {o};
        break;
      }
      case AnaphorKind::kEvent:
        if (!events_.empty()) m.entities = {events_.back()};
        break;
      default:
        m.entities = ResolvePair(m.anaphor_kind);
        break;
    }
    // "최 회장" is a surface form of 최태원; 양 사 and 이 회사 are not names.
    if (!m.surname.empty() && m.entities.size() == 1) {
      table_->AddMention(m.entities[0], m.surname + " " + m.title);
    }
  }
  Remember(*view);
}

void Coreference::Remember(const SentenceView& view) {
  for (const RoleMention& r : view.roles) {
    if (r.org >= 0 && r.person >= 0) org_of_person_[r.person] = r.org;
  }
  int subject = -1;
  int partner = -1;
  for (const Mention& m : view.mentions) {
    if (m.entities.size() != 1 || m.appositive) continue;
    const int e = m.entities[0];
    if (table_->tentative(e)) continue;  // a bare name is no antecedent
    const EntityType type = table_->at(e).type;
    if (type == EntityType::kPerson) {
      persons_.push_back(e);
    } else if (type == EntityType::kOrg) {
      orgs_.push_back(e);
      if (IsSubjectRole(m.role)) subject_org_ = e;
    } else if (type == EntityType::kEvent) {
      events_.push_back(e);
    }
    if (IsSubjectRole(m.role) && subject < 0) subject = e;
    if (m.role == Role::kWith && partner < 0) partner = e;
  }
  if (subject >= 0 && partner >= 0 && subject != partner)
    NotePair(subject, partner);
}

void Coreference::NotePair(int a, int b) {
  pair_[0] = a;
  pair_[1] = b;
  if (table_->at(a).type == EntityType::kPerson &&
      table_->at(b).type == EntityType::kPerson) {
    person_pair_ = {a, b};
  }
}

}  // namespace newsgraph::extract::ko
