// Names that follow their organisation and title: "한빛사 주지 법현",
// "한빛FC의 감독 나카무라 히로키", stage names with the real name
// ("멤버 하루(김하루·25)") and names listed before a shared title
// ("김하준·이서연 시의원").
#include <algorithm>
#include <cstdlib>

#include "extract/ko/entity_recognizer.h"
#include "extract/ko/recognizer_text.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {

using recognizer::SpanMention;

void EntityRecognizer::TitleThenName(SentenceView* v, EntityTable* table,
                                     Mention* org, std::size_t title_first,
                                     std::size_t after,
                                     const std::string& title) const {
  (void)title_first;
  // The title must be bare or a copula ("사장인 이철"), not a subject.
  const Token& last_title = v->tokens[after - 1];
  const std::string_view tail =
      v->text.substr(last_title.stem_end, last_title.end - last_title.stem_end);
  if (after >= v->tokens.size() || (!tail.empty() && tail != r_.words.copula))
    return;
  const std::size_t n = after;
  int person = -1;
  std::size_t name_end = n + 1;
  if (const Mention* known = PersonMentionAt(*v, *table, n)) {
    person = known->entities[0];
    name_end = known->last;
  } else if (StageNameWithRealName(v, table, org, n, title)) {
    return;
  } else if (!v->covered[n] && !v->tokens[n].is_punct) {
    std::string_view stem = StemText(v->text, v->tokens[n]);
    // "법현스님", "홍길동씨": an honorific glued to the name.
    bool honoured = false;
    for (std::string_view honorific : r_.words.glued_honorifics) {
      if (stem.size() > honorific.size() + 3 &&
          stem.substr(stem.size() - honorific.size()) == honorific) {
        stem.remove_suffix(honorific.size());
        honoured = true;
        break;
      }
    }
    const bool dharma_name = honoured && HangulLength(stem) == 2 &&
                             !r_.not_names.count(std::string(stem));
    if (!(IsKoreanName(stem) && HasGivenNameSyllables(stem)) && !dharma_name) {
      // Only "X의 감독 A B": without the genitive, "정기검사 대상 은행들"
      // reads the same.
      if (org->role == Role::kGen)
        ForeignNameAfterTitle(v, table, org, n, title);
      return;
    }
    person = table->FromName(stem, EntityType::kPerson);
    table->AddMention(person, stem);
    Mention m = SpanMention(*v, n, name_end, person);
    m.title = title;
    const std::size_t org_first = org->first;
    const int org_entity = org->entities[0];
    org->appositive = true;
    AddMention(v, std::move(m));
    v->roles.push_back({person, org_entity, title, org_first, name_end});
    return;
  }
  if (person < 0) return;
  org->appositive = true;
  v->roles.push_back({person, org->entities[0], title, org->first, name_end});
}

// The person mention that starts at token n (a name known from an earlier
// pass may span two words), or nullptr.
const Mention* EntityRecognizer::PersonMentionAt(const SentenceView& v,
                                                 const EntityTable& table,
                                                 std::size_t n) {
  for (const Mention& m : v.mentions) {
    if (m.first == n && m.entities.size() == 1 && !m.anaphor &&
        table.at(m.entities[0]).type == EntityType::kPerson) {
      return &m;
    }
  }
  return nullptr;
}

// "한빛걸스 멤버 하루(김하루·25)": a stage name with the real name in
// parentheses. The real name names the person; the stage name is a mention.
bool EntityRecognizer::StageNameWithRealName(SentenceView* v,
                                             EntityTable* table, Mention* org,
                                             std::size_t n,
                                             const std::string& title) const {
  if (n + 3 >= v->tokens.size() || !IsPlainWord(*v, n) ||
      TokenText(v->text, v->tokens[n + 1]) != "(" || !IsPlainWord(*v, n + 2)) {
    return false;
  }
  const std::string_view real = TokenText(v->text, v->tokens[n + 2]);
  const std::string_view after = TokenText(v->text, v->tokens[n + 3]);
  if (!IsKoreanName(real) || HangulLength(real) != 3 ||
      !HasGivenNameSyllables(real) ||
      (after != "·" && after != "," && after != ")")) {
    return false;
  }
  org->appositive = true;
  const int org_entity = org->entities[0];
  const std::size_t org_first = org->first;
  const int person = NewPerson(v, table, n + 2, n + 3, real, title);
  table->AddMention(person, TokenText(v->text, v->tokens[n]));
  v->roles.push_back({person, org_entity, title, org_first, n + 3});
  return true;
}

// "김하준·이서연·박민수 시의원": names listed before a titled name share its
// title and organisation.
void EntityRecognizer::NamesListedBefore(SentenceView* v, EntityTable* table,
                                         std::size_t first, int org,
                                         const std::string& title) const {
  std::size_t k = first;
  while (k >= 2) {
    const std::string_view joiner = TokenText(v->text, v->tokens[k - 1]);
    if (!r_.words.name_list_joiners.Contains(joiner)) break;
    const std::size_t name = k - 2;
    int person = -1;
    if (const Mention* known = PersonMentionAt(*v, *table, name);
        known != nullptr && known->last == name + 1) {
      person = known->entities[0];  // found by an earlier pass
    } else if (IsPlainWord(*v, name)) {
      const std::string_view word = TokenText(v->text, v->tokens[name]);
      if (!IsKoreanName(word) || HangulLength(word) != 3 ||
          !HasGivenNameSyllables(word))
        break;
      person = NewPerson(v, table, name, name + 1, word, title);
    } else {
      break;
    }
    v->roles.push_back({person, org, title, name, name + 1});
    k = name;
  }
}

// "한빛FC의 감독 나카무라 히로키": a foreign name of two words
// after an organisation and its title. One word alone is too often a noun.
void EntityRecognizer::ForeignNameAfterTitle(SentenceView* v,
                                             EntityTable* table, Mention* org,
                                             std::size_t n,
                                             const std::string& title) const {
  if (n + 1 >= v->tokens.size() || !IsPlainWord(*v, n) ||
      !v->tokens[n].space_after || v->covered[n + 1] ||
      v->tokens[n + 1].is_punct) {
    return;
  }
  const std::string_view given = TokenText(v->text, v->tokens[n]);
  const std::string_view family = StemText(v->text, v->tokens[n + 1]);
  const int given_length = HangulLength(given);
  const int family_length = HangulLength(family);
  if (given_length < 2 || given_length > 5 || family_length < 2 ||
      family_length > 5 || r_.not_names.count(std::string(given)) ||
      r_.not_names.count(std::string(family)) || r_.words.IsVerbForm(family) ||
      r_.words.EndsLikeAClause(family) || IsDescriptor(family) ||
      r_.titles.Longest(family, 0).length == family.size()) {
    return;
  }
  const std::size_t begin = v->tokens[n].begin;
  const std::string_view name =
      v->text.substr(begin, v->tokens[n + 1].stem_end - begin);
  // Adding the person moves the mentions: read the organisation first.
  org->appositive = true;
  const int org_entity = org->entities[0];
  const std::size_t org_first = org->first;
  const int person = NewPerson(v, table, n, n + 2, name, title);
  v->roles.push_back({person, org_entity, title, org_first, n + 2});
}

}  // namespace newsgraph::extract::ko
