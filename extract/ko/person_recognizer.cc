// Person recognition: names with titles in every news order ("최태원 SK그룹
// 회장", "SK그룹 최태원 회장", "진도군(군수 박지훈)", "한빛사 주지
// 법현", "다날 대표를 거쳐"), surname + title references, unknown
// organisations next to a titled name, and agencies (소속사).
#include <algorithm>
#include <cstdlib>

#include "extract/ko/entity_recognizer.h"
#include "extract/ko/recognizer_text.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {

using recognizer::HasForeignSyllable;
using recognizer::HasLatin;
using recognizer::kCorpMark;
using recognizer::MentionEndingAt;
using recognizer::SpanMention;

// "김하준 한빛당 서울마포을 국회의원": the person before a party, maybe with
// the constituency, before an organisation and its title. *party gets the
// party; -1 when the words are not so.
int EntityRecognizer::PersonBeforeParty(SentenceView* v, EntityTable* table,
                                        std::size_t i, std::size_t* first,
                                        int* party) const {
  std::size_t name_end = i;
  if (name_end >= 2 && IsPlainWord(*v, name_end - 1) &&
      r_.words.IsConstituency(TokenText(v->text, v->tokens[name_end - 1]))) {
    --name_end;
  }
  const Mention* before = IsPartyBefore(*v, *table, name_end);
  if (before == nullptr) return -1;
  const int found_party = before->entities[0];
  const int person = PersonBefore(v, table, before->first, true, first);
  if (person >= 0) *party = found_party;
  return person;
}

// The surface of a person's name that starts at token `first`: its words up
// to the first mention after it.
std::string_view EntityRecognizer::PersonSurface(const SentenceView& v,
                                                 std::size_t first) {
  const Token& t = v.tokens[first];
  return v.text.substr(t.begin, t.stem_end - t.begin);
}

// "프랭크 드레이크 박사": a foreign name of two words before a title with no
// organisation beside it. Tentative: only a role (한빛대 소속이었던 …) makes
// it a person of the output.
int EntityRecognizer::ForeignNameBeforeTitle(SentenceView* v,
                                             EntityTable* table, std::size_t n,
                                             std::size_t* first) const {
  if (n == 0 || !IsPlainWord(*v, n - 1) || !v->tokens[n - 1].space_after)
    return -1;
  const std::string_view given = TokenText(v->text, v->tokens[n - 1]);
  const std::string_view family = TokenText(v->text, v->tokens[n]);
  for (std::string_view word : {given, family}) {
    const int length = HangulLength(word);
    if (length < 1 || length > 5 || r_.not_names.count(std::string(word)) ||
        r_.words.EndsLikeAClause(word) || r_.words.IsVerbForm(word)) {
      return -1;
    }
  }
  const std::size_t begin = v->tokens[n - 1].begin;
  const std::string_view name = v->text.substr(begin, v->tokens[n].end - begin);
  if (!HasForeignSyllable(given) || !HasForeignSyllable(family)) return -1;
  *first = n - 1;
  return table->FromBareName(name);
}

// The Korean name at the end of a word that has other syllables glued
// before it ("방문김하준"), or empty.
std::string_view EntityRecognizer::GluedKoreanName(
    std::string_view word) const {
  constexpr std::size_t kNameBytes = 9;  // three Hangul syllables
  if (HangulLength(word) < 4 || word.find(' ') != std::string_view::npos)
    return {};
  const std::string_view tail = word.substr(word.size() - kNameBytes);
  if (!IsKoreanName(tail) || !HasGivenNameSyllables(tail)) return {};
  return tail;
}

// The organisation mention (bare, no particle) ending right before token
// i, or nullptr: a party or company before a fused title.
const Mention* EntityRecognizer::IsPartyBefore(const SentenceView& v,
                                               const EntityTable& table,
                                               std::size_t i) {
  for (const Mention& m : v.mentions) {
    if (m.last == i && m.entities.size() == 1 && !m.anaphor &&
        m.role == Role::kNone &&
        table.at(m.entities[0]).type == EntityType::kOrg) {
      return &m;
    }
  }
  return nullptr;
}

int EntityRecognizer::UnknownOrgAt(SentenceView* v, EntityTable* table,
                                   std::size_t k, int min_syllables) const {
  // Before "(학과장 이정호)" a department ending in 과 is its name, not 과
  // (with).
  if (!IsPlainWord(*v, k) && !(min_syllables < 0 && IsDivisionWord(*v, k)))
    return -1;
  const Token& t = v->tokens[k];
  const std::string_view written = TokenText(v->text, t);
  std::string_view s = written;
  if (s.substr(0, kCorpMark.size()) == kCorpMark)
    s.remove_prefix(kCorpMark.size());
  const int syllables = HangulLength(s);
  if (syllables < 0 ? !HasLatin(s) : syllables < std::abs(min_syllables))
    return -1;
  // Before "(시장 홍길동)" even a name-shaped word ("한빛군") is the body.
  if (r_.not_names.count(std::string(s)) ||
      (min_syllables > 0 && IsKoreanName(s)))
    return -1;
  if (r_.words.IsVerbForm(s)) return -1;
  // "로봇공학자 김하준 교수": a noun for a kind of person describes the
  // name; it is no organisation.
  if (r_.words.IsPersonNoun(s)) return -1;
  const int entity = table->FromName(s, EntityType::kOrg);
  table->AddMention(entity, written);
  Mention m = SpanMention(*v, k, k + 1, entity);
  m.appositive = true;
  AddMention(v, std::move(m));
  return entity;
}

// "김하늘 소속사 가람엔터": a name, 소속사 (agency), the agency.
void EntityRecognizer::MatchAgencies(SentenceView* v,
                                     EntityTable* table) const {
  for (std::size_t k = 1; k + 1 < v->tokens.size(); ++k) {
    const std::string_view word = TokenText(v->text, v->tokens[k]);
    if (!r_.words.agency_words.Contains(word)) continue;
    int person = -1;
    std::size_t first = k - 1;
    if (Mention* m = MentionEndingAt(v, k);
        m != nullptr && m->entities.size() == 1 &&
        table->at(m->entities[0]).type == EntityType::kPerson) {
      person = m->entities[0];
      first = m->first;
    } else if (IsPlainWord(*v, k - 1) &&
               IsKoreanName(TokenText(v->text, v->tokens[k - 1]))) {
      const std::string_view name = TokenText(v->text, v->tokens[k - 1]);
      person = table->FromName(name, EntityType::kPerson);
      table->AddMention(person, name);
      AddMention(
          v,
          {k - 1, k, v->tokens[k - 1].begin, v->tokens[k - 1].end, {person}});
    }
    if (person < 0) continue;
    int org = -1;
    for (const Mention& m : v->mentions) {
      if (m.first == k + 1 && m.entities.size() == 1 &&
          table->at(m.entities[0]).type == EntityType::kOrg) {
        org = m.entities[0];
      }
    }
    if (org < 0 && !v->covered[k + 1] && !v->tokens[k + 1].is_punct) {
      const Token& t = v->tokens[k + 1];
      const std::string_view name = StemText(v->text, t);
      if (HangulLength(name) >= 2 || HasLatin(name)) {
        org = table->FromName(name, EntityType::kOrg);
        table->AddMention(org, name);
        AddMention(v, {k + 1, k + 2, t.begin, t.stem_end, {org}, t.role});
      }
    }
    if (org >= 0) {
      v->roles.push_back({person, org, r_.words.agency_title, first, k + 2});
    }
  }
}

// A division between organisation and title ("AI인프라", "행정학과": its
// 과 is no particle there).
bool EntityRecognizer::IsDivisionWord(const SentenceView& v,
                                      std::size_t i) const {
  const Token& t = v.tokens[i];
  return IsPlainWord(v, i) ||
         (!t.is_punct && !v.covered[i] && t.role == Role::kWith &&
          t.stem_end + 3 == t.end);
}

// "사장인 이철": the copula 인 after a title (not a particle: "빈대인" is a
// name, so morph.cc does not strip it).
bool EntityRecognizer::IsCopulaTail(const SentenceView& v, std::size_t k,
                                    std::size_t end, NameMatch* nm) const {
  const Token& t = v.tokens[k];
  const std::string& copula = r_.words.copula;
  if (t.end != end + copula.size() ||
      v.text.substr(end, copula.size()) != copula) {
    return false;
  }
  *nm = {k + 1, end, Role::kOther};
  return true;
}

// "마케팅부문장", "취업학생처장": a word that ends in a title is one.
bool EntityRecognizer::TitleSuffix(const SentenceView& v, std::size_t k,
                                   NameMatch* nm, bool* role_title) const {
  const Token& t = v.tokens[k];
  const std::string_view stem = StemText(v.text, t);
  const PhraseTrie::Match m =
      r_.titles_reversed.LongestBackward(stem, stem.size());
  if (m.value == PhraseTrie::kNone ||
      static_cast<TitleKind>(m.value) == TitleKind::kFused ||
      m.length >= stem.size() ||
      HangulLength(stem.substr(0, stem.size() - m.length)) == 1) {
    return false;
  }
  if (!EndsAtWordEnd(v, k, t.stem_end, nm)) return false;
  const auto kind = static_cast<TitleKind>(m.value);
  *role_title =
      *role_title || kind == TitleKind::kRole || kind == TitleKind::kAmbiguous;
  ambiguous_ = ambiguous_ || kind == TitleKind::kAmbiguous;
  return true;
}

bool EntityRecognizer::MatchTitle(const SentenceView& v, std::size_t i,
                                  std::size_t* after, std::string* title,
                                  Role* role, bool* role_title) const {
  std::vector<PhraseTrie::Match> matches;
  std::size_t k = i;
  std::size_t title_end = 0;
  *role_title = false;
  ambiguous_ = false;
  while (k < v.tokens.size() && !v.tokens[k].is_punct && !v.covered[k]) {
    matches.clear();
    r_.titles.MatchAll(v.text, v.tokens[k].begin, &matches);
    NameMatch nm;
    bool found = false;
    for (auto m = matches.rbegin(); m != matches.rend() && !found; ++m) {
      if (static_cast<TitleKind>(m->value) == TitleKind::kFused) continue;
      const std::size_t end = v.tokens[k].begin + m->length;
      if (EndsAtWordEnd(v, k, end, &nm) || IsCopulaTail(v, k, end, &nm)) {
        found = true;
        const auto kind = static_cast<TitleKind>(m->value);
        *role_title = *role_title || kind == TitleKind::kRole ||
                      kind == TitleKind::kAmbiguous;
        ambiguous_ = ambiguous_ || kind == TitleKind::kAmbiguous;
      }
    }
    if (!found && k == i) found = TitleSuffix(v, k, &nm, role_title);
    if (!found) break;
    // "최고경영자(CEO)와": the particle after ')' was moved to the word
    // before the parenthesis (morph.cc), inside the title's span.
    for (std::size_t j = k; nm.role == Role::kNone && j < nm.last_token; ++j) {
      nm.role = v.tokens[j].role;
    }
    title_end = nm.end;
    *role = nm.role;
    k = nm.last_token;
    // "대표이사 사장", "창업자 겸 최고경영자(CEO)": titles in a row make one.
    if (nm.role != Role::kNone || nm.end != v.tokens[k - 1].end) break;
    if (k < v.tokens.size() &&
        r_.words.title_joiners.Contains(TokenText(v.text, v.tokens[k])))
      ++k;
  }
  if (title_end == 0) return false;
  *after = k;
  while (*after > i && v.tokens[*after - 1].begin >= title_end) --*after;
  *title = std::string(
      v.text.substr(v.tokens[i].begin, title_end - v.tokens[i].begin));
  return true;
}

int EntityRecognizer::PersonBefore(SentenceView* v, EntityTable* table,
                                   std::size_t i, bool has_org,
                                   std::size_t* first) const {
  if (i == 0) return -1;
  // "박민수(서구 5) 의원", "김하준(오른쪽) 한빛은행장": a gloss
  // between name and title.
  if (TokenText(v->text, v->tokens[i - 1]) == ")") {
    constexpr std::size_t kMaxGlossTokens = 8;
    std::size_t open = i - 1;
    while (open > 0 && i - open <= kMaxGlossTokens &&
           TokenText(v->text, v->tokens[open]) != "(") {
      --open;
    }
    if (open > 0 && TokenText(v->text, v->tokens[open]) == "(") i = open;
  }
  const std::size_t n = i - 1;
  if (Mention* m = MentionEndingAt(v, i)) {
    if (m->anaphor || m->entities.size() != 1 || m->role != Role::kNone ||
        table->at(m->entities[0]).type != EntityType::kPerson) {
      return -1;
    }
    *first = m->first;
    return m->entities[0];
  }
  if (!IsPlainWord(*v, n)) return -1;
  std::string_view s = TokenText(v->text, v->tokens[n]);
  // "박도윤 당시 한빛전력 감독", "이서연 전 다온당 대표".
  if (has_org && n > 0 && r_.words.IsFormerMarker(s)) {
    // The name may be known from the first pass by now.
    if (Mention* known = MentionEndingAt(v, n);
        known != nullptr && !known->anaphor && known->entities.size() == 1 &&
        known->role == Role::kNone &&
        table->at(known->entities[0]).type == EntityType::kPerson) {
      *first = known->first;
      return known->entities[0];
    }
    if (IsPlainWord(*v, n - 1) &&
        IsKoreanName(TokenText(v->text, v->tokens[n - 1]))) {
      s = TokenText(v->text, v->tokens[n - 1]);
      *first = n - 1;
      return table->FromName(s, EntityType::kPerson);
    }
  }
  if (IsKoreanName(s)) {
    *first = n;
    // Without an organisation, a word that lacks the syllables of a given
    // name ("동박 시장": the market for copper foil; "주총 의장") or has
    // only two syllables ("현재 사외이사") is only tentatively a person: a
    // role must confirm it.
    if (!has_org && (!HasGivenNameSyllables(s) || HangulLength(s) == 2)) {
      return table->FromBareName(s);
    }
    return table->FromName(s, EntityType::kPerson);
  }
  if (!has_org) return ForeignNameBeforeTitle(v, table, n, first);
  if (HangulLength(s) < 2 || r_.not_names.count(std::string(s)) ||
      r_.words.EndsLikeAClause(s) || r_.words.IsConstituency(s)) {
    return -1;
  }
  // "방문김하준 한빛그룹 부회장": a caption run into the name (scraped pages
  // lose line breaks); the name is the word's last three syllables.
  if (const std::string_view tail = GluedKoreanName(s); !tail.empty()) {
    *first = n;
    return table->FromName(tail, EntityType::kPerson);
  }
  // A transliterated name: one word, or two ("샘 올트먼").
  *first = n;
  if (n > 0 && IsPlainWord(*v, n - 1) && v->tokens[n - 1].space_after) {
    const std::string_view given = TokenText(v->text, v->tokens[n - 1]);
    const int len = HangulLength(given);
    if (len >= 1 && len <= 4 && !r_.not_names.count(std::string(given)) &&
        !(IsKoreanName(given) && HasGivenNameSyllables(given))) {
      *first = n - 1;
    }
  }
  // "공익법인인 한빛대 교수": one word ending in the copula 인 describes the
  // person who follows; a name written so has its given name before it.
  if (*first == n && r_.words.EndsInCopula(s)) return -1;
  const std::size_t begin = v->tokens[*first].begin;
  const std::string_view name = v->text.substr(begin, v->tokens[n].end - begin);
  if (!HasForeignSyllable(name)) return -1;  // "현재 한빛전자 사장"
  return table->FromName(name, EntityType::kPerson);
}

void EntityRecognizer::MatchPersons(SentenceView* v, EntityTable* table) const {
  for (std::size_t i = 0; i < v->tokens.size(); ++i) {
    if (v->covered[i] || v->tokens[i].is_punct) continue;
    std::size_t after = 0;
    std::string title;
    Role role = Role::kNone;
    bool role_title = false;
    if (!MatchTitle(*v, i, &after, &title, &role, &role_title)) continue;
    // "이병창 농업기술센터 소장": an unknown organisation between a Korean
    // name and a title.
    // "가람생명 최민호 사회공헌 파트장": with a known organisation before the
    // name, the word between name and title is a division.
    const bool org_before_name = i >= 3 &&
                                 MentionEndingAt(v, i - 2) != nullptr &&
                                 !MentionEndingAt(v, i - 2)->anaphor;
    const bool sure_title = role_title && !ambiguous_;
    if (sure_title && i >= 2 && MentionEndingAt(v, i) == nullptr &&
        IsPlainWord(*v, i - 1) && IsPlainWord(*v, i - 2) &&
        IsKoreanName(TokenText(v->text, v->tokens[i - 2])) &&
        !IsKoreanName(TokenText(v->text, v->tokens[i - 1])) &&
        !org_before_name) {
      UnknownOrgAt(v, table, i - 1, 2);
    }
    // "최태원 SK그룹 (AI인프라) 회장": an organisation between name and title.
    Mention* org = MentionEndingAt(v, i);
    std::size_t org_first = i;
    if (org == nullptr && i > 0 && IsDivisionWord(*v, i - 1) &&
        !IsKoreanName(TokenText(v->text, v->tokens[i - 1]))) {
      org = MentionEndingAt(v, i - 1);
    }
    if (org != nullptr &&
        (org->anaphor || org->entities.size() != 1 ||
         table->at(org->entities[0]).type != EntityType::kOrg)) {
      org = nullptr;
    }
    // "한빛FC의 감독 김하준": a genitive organisation, its title, the name.
    // "한빛그룹의 후계자", "한빛은행에서 부행장을 지냈다": without a name the
    // title goes to the subject.
    if (org != nullptr &&
        (org->role == Role::kGen || org->role == Role::kFrom) &&
        org->last == i) {
      const std::size_t roles_before = v->roles.size();
      if (role_title) TitleThenName(v, table, org, i, after, title);
      if (role_title && !ambiguous_ && v->roles.size() == roles_before) {
        v->roles.push_back({-1, org->entities[0], title, org->first, after});
      }
      continue;
    }
    if (org != nullptr && org->role != Role::kNone) org = nullptr;
    // "한빛대 철학과 교수": the department is written as part of its
    // organisation, and readers look for it so.
    if (org != nullptr && org->last + 1 == i && IsDivisionWord(*v, i - 1) &&
        !r_.words.IsFormerMarker(TokenText(v->text, v->tokens[i - 1])) &&
        !r_.words.IsConstituency(TokenText(v->text, v->tokens[i - 1]))) {
      table->AddAlias(
          org->entities[0],
          v->text.substr(org->begin, v->tokens[i - 1].end - org->begin));
    }
    std::size_t first = 0;
    std::size_t name_stop = v->tokens.size();  // where the name ends, if known
    int person = -1;
    int org_entity = -1;
    if (org != nullptr) {
      org_first = org->first;
      org_entity = org->entities[0];
      person = PersonBefore(v, table, org_first, true, &first);
      int party = -1;
      if (person < 0)
        person = PersonBeforeParty(v, table, org_first, &first, &party);
      if (party >= 0) {
        v->roles.push_back({person, party, title, first, after});
        for (const Mention& m : v->mentions) {  // the name ends at the party
          if (m.first > first && m.entities.size() == 1 &&
              m.entities[0] == party) {
            name_stop = std::min(name_stop, m.first);
          }
        }
      }
      if (person < 0) {
        // "한빛사 주지 법현", "한빛밴드 멤버 하루": the name after the
        // title.
        const std::size_t roles_before = v->roles.size();
        if (role_title) TitleThenName(v, table, org, i, after, title);
        // "다날 대표를 거쳐": the person is the sentence's subject, if any.
        if (role_title && v->roles.size() == roles_before) {
          v->roles.push_back({-1, org_entity, title, org_first, after});
          org->appositive = true;
        }
        continue;
      }
      org->appositive = true;
    } else {
      person = PersonBefore(v, table, i, false, &first);
      if (person < 0 && org_before_name && IsPlainWord(*v, i - 1)) {
        person = PersonBefore(v, table, i - 1, false, &first);
      }
      if (person < 0 && sure_title && i > 0 && after < v->tokens.size() &&
          IsPlainWord(*v, i - 1) && !v->covered[after] &&
          IsKoreanName(StemText(v->text, v->tokens[after])) &&
          UnknownOrgAt(v, table, i - 1, 3) >= 0) {
        // "오케레코드 사장인 이철": an unknown organisation, title, name.
        TitleThenName(v, table, MentionEndingAt(v, i), i, after, title);
        continue;
      }
      if (person < 0) {
        // "최 회장", "박 전 장관": a surname and a title refer back to a
        // person.
        std::size_t surname = i - 1;
        if (i >= 2 &&
            r_.words.IsFormerMarker(TokenText(v->text, v->tokens[i - 1]))) {
          surname = i - 2;
        }
        if (i > 0 && IsPlainWord(*v, surname) &&
            r_.surnames.count(
                std::string(TokenText(v->text, v->tokens[surname])))) {
          Mention m;
          m.first = surname;
          m.last = after;
          m.begin = v->tokens[surname].begin;
          m.end = v->tokens[after - 1].end;
          m.role = role;
          m.anaphor = true;
          m.anaphor_kind = AnaphorKind::kPerson;
          m.surname = std::string(TokenText(v->text, v->tokens[surname]));
          m.title = title;
          AddMention(v, std::move(m));
        }
        continue;
      }
      // "SK그룹 최태원 회장": the organisation before the name.
      if (Mention* before = MentionEndingAt(v, first);
          before != nullptr && !before->anaphor &&
          before->entities.size() == 1 &&
          // "한빛그룹의 김하준 회장", "가람에서는 박도윤 부회장이".
          (before->role == Role::kNone || before->role == Role::kGen ||
           before->role == Role::kFrom) &&
          table->at(before->entities[0]).type == EntityType::kOrg) {
        org_entity = before->entities[0];
        before->appositive = true;
      } else if (sure_title && first > 0 && IsPlainWord(*v, first - 1) &&
                 IsKoreanName(TokenText(v->text, v->tokens[first]))) {
        // "한빛혁신추진위원회 이서연 위원장": an unknown organisation first.
        org_entity = UnknownOrgAt(v, table, first - 1, 3);
      }
    }
    std::size_t name_last = org != nullptr ? std::min(org_first, name_stop) : i;
    if (org == nullptr && org_before_name && first + 2 == i) name_last = i - 1;
    const std::size_t name_end = v->tokens[name_last - 1].end;
    std::string_view surface = v->text.substr(
        v->tokens[first].begin, name_end - v->tokens[first].begin);
    surface = surface.substr(0, surface.find('('));  // "박민수(서구 5)"
    if (const std::string_view name = GluedKoreanName(surface); !name.empty()) {
      surface = name;
    }
    while (!surface.empty() && surface.back() == ' ') surface.remove_suffix(1);
    table->AddMention(person, surface);
    // The person mention spans the phrase and takes the title's particle.
    v->mentions.erase(std::remove_if(v->mentions.begin(), v->mentions.end(),
                                     [&](const Mention& m) {
                                       return m.first == first && !m.anaphor &&
                                              m.entities.size() == 1 &&
                                              m.entities[0] == person;
                                     }),
                      v->mentions.end());
    Mention m;
    m.first = first;
    m.last = after;
    m.begin = v->tokens[first].begin;
    m.end = v->tokens[after - 1].end;
    m.entities = {person};
    m.role = role;
    m.title = title;
    AddMention(v, std::move(m));
    if (role_title) {
      v->roles.push_back({person, org_entity, title, first, after});
      NamesListedBefore(v, table, first, org_entity, title);
    }
    i = after - 1;
  }
  // "윤석헌 금감원장": a fused organisation title.
  for (std::size_t k = 0; k < v->mentions.size(); ++k) {
    Mention org = v->mentions[k];
    if (org.title.empty() || org.anaphor || org.appositive ||
        org.entities.size() != 1 ||
        table->at(org.entities[0]).type != EntityType::kOrg) {
      continue;
    }
    std::size_t first = 0;
    int party = -1;
    int person = PersonBefore(v, table, org.first, true, &first);
    if (person < 0)
      person = PersonBeforeParty(v, table, org.first, &first, &party);
    if (person < 0) continue;
    v->mentions[k].appositive = true;
    table->AddMention(person, PersonSurface(*v, first));
    if (party >= 0)
      v->roles.push_back({person, party, org.title, first, org.last});
    Mention m;
    m.first = first;
    m.last = org.last;
    m.begin = v->tokens[first].begin;
    m.end = org.end;
    m.entities = {person};
    m.role = org.role;
    m.title = org.title;
    AddMention(v, std::move(m));
    v->roles.push_back({person, org.entities[0], org.title, first, org.last});
    k = 0;  // indices moved; fused titles are rare, so start over
  }
}

}  // namespace newsgraph::extract::ko
