// Persons and organisations in parentheses: "진도군(군수 이동진)", "순천시(시장
// 허 준)", "박민수씨(한빛연구소 대표)", "김하준(한빛FC) 선수".
#include <algorithm>
#include <cstdlib>

#include "extract/ko/entity_recognizer.h"
#include "extract/ko/recognizer_text.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {

using recognizer::MentionEndingAt;
using recognizer::SpanMention;

// A new person mention over tokens [first, last) named `name`.
int EntityRecognizer::NewPerson(SentenceView* v, EntityTable* table,
                                std::size_t first, std::size_t last,
                                std::string_view name,
                                const std::string& title) const {
  const int person = table->FromName(name, EntityType::kPerson);
  table->AddMention(person, name);
  Mention m = SpanMention(*v, first, last, person);
  m.title = title;
  AddMention(v, std::move(m));
  return person;
}

// "(한빛 시민 연대 대표)" after a name: an organisation, known
// or not, and a title tying the name to it, closing the parenthesis opened
// at token p. Returns the organisation (-1 if the gloss is something else)
// and sets *title and *close (the ')' token).
int EntityRecognizer::GlossedOrg(SentenceView* v, EntityTable* table,
                                 std::size_t p, std::string* title,
                                 std::size_t* close) const {
  constexpr std::size_t kMaxOrgWords = 3;
  for (std::size_t j = p + 2; j <= p + 1 + kMaxOrgWords && j < v->tokens.size();
       ++j) {
    std::size_t after = 0;
    Role role = Role::kNone;
    bool role_title = false;
    if (!MatchTitle(*v, j, &after, title, &role, &role_title)) continue;
    if (!role_title || after >= v->tokens.size() ||
        TokenText(v->text, v->tokens[after]) != ")") {
      return -1;
    }
    *close = after;
    for (const Mention& m : v->mentions) {
      if (m.first == p + 1 && m.last == j && m.entities.size() == 1 &&
          !m.anaphor && table->at(m.entities[0]).type == EntityType::kOrg) {
        return m.entities[0];
      }
    }
    // An unknown body needs a title that is never a common noun (시장 is
    // also "market").
    if (ambiguous_) return -1;
    if (j == p + 2) return UnknownOrgAt(v, table, p + 1, 2);
    for (std::size_t k = p + 1; k < j; ++k) {
      if (!IsPlainWord(*v, k)) return -1;
    }
    const std::size_t begin = v->tokens[p + 1].begin;
    const std::string_view name =
        v->text.substr(begin, v->tokens[j - 1].end - begin);
    const int org = table->FromName(name, EntityType::kOrg);
    table->AddMention(org, name);
    Mention m = SpanMention(*v, p + 1, j, org);
    m.appositive = true;
    AddMention(v, std::move(m));
    return org;
  }
  return -1;
}

// A Korean name as a plain word, maybe with an honorific glued to it
// ("박민수씨"); empty if the word is no name.
std::string_view EntityRecognizer::NameWithHonorific(const SentenceView& v,
                                                     std::size_t i) const {
  if (!IsPlainWord(v, i)) return {};
  std::string_view word = TokenText(v.text, v.tokens[i]);
  for (std::string_view honorific : r_.words.honorifics) {
    if (word.size() > honorific.size() &&
        word.substr(word.size() - honorific.size()) == honorific &&
        IsKoreanName(word.substr(0, word.size() - honorific.size()))) {
      return word.substr(0, word.size() - honorific.size());
    }
  }
  return IsKoreanName(word) ? word : std::string_view();
}

// The person named in "(시장 박지훈)" or "(시장 허 준)" starting at token
// `first`: known, new (-2), or -1. *close gets the ')' token.
int EntityRecognizer::ParenthesisedName(SentenceView* v, EntityTable* table,
                                        std::size_t first,
                                        std::size_t* close) const {
  const std::size_t n = v->tokens.size();
  for (const Mention& known : v->mentions) {
    if (known.first == first && known.entities.size() == 1 && !known.anaphor &&
        table->at(known.entities[0]).type == EntityType::kPerson &&
        known.last < n && TokenText(v->text, v->tokens[known.last]) == ")") {
      *close = known.last;
      return known.entities[0];
    }
  }
  if (first + 1 < n && TokenText(v->text, v->tokens[first + 1]) == ")" &&
      IsPlainWord(*v, first) &&
      IsKoreanName(TokenText(v->text, v->tokens[first]))) {
    *close = first + 1;
    return -2;
  }
  // "허 준": a surname written apart from a one-syllable given name.
  if (first + 2 < n && TokenText(v->text, v->tokens[first + 2]) == ")" &&
      IsPlainWord(*v, first) && IsPlainWord(*v, first + 1) &&
      r_.surnames.count(std::string(TokenText(v->text, v->tokens[first]))) &&
      HangulLength(TokenText(v->text, v->tokens[first + 1])) == 1) {
    *close = first + 2;
    return -2;
  }
  return -1;
}

// The person mention whose phrase runs across token p ("김하준(한빛FC)
// 선수" is one phrase), or nullptr.
Mention* EntityRecognizer::PersonPhraseAround(SentenceView* v,
                                              const EntityTable& table,
                                              std::size_t p) const {
  for (Mention& m : v->mentions) {
    if (m.first < p && m.last > p + 1 && m.entities.size() == 1 && !m.anaphor &&
        table.at(m.entities[0]).type == EntityType::kPerson) {
      return &m;
    }
  }
  return nullptr;
}

void EntityRecognizer::MatchParentheses(SentenceView* v,
                                        EntityTable* table) const {
  for (std::size_t p = 1; p + 1 < v->tokens.size(); ++p) {
    if (TokenText(v->text, v->tokens[p]) != "(") continue;
    Mention* before = MentionEndingAt(v, p);
    // "김하준(한빛FC) 선수": the person phrase spans the gloss.
    if (before == nullptr) before = PersonPhraseAround(v, *table, p);
    // "김하준(한빛FC)", "박민수 의원(한빛당, 서구 5)".
    if (before != nullptr && before->entities.size() == 1 && !before->anaphor &&
        table->at(before->entities[0]).type == EntityType::kPerson) {
      const int person = before->entities[0];
      const std::size_t person_first = before->first;
      bool found = false;
      for (const Mention& m : v->mentions) {
        if (m.first == p + 1 && m.entities.size() == 1 && !m.anaphor &&
            table->at(m.entities[0]).type == EntityType::kOrg) {
          v->roles.push_back(
              {person, m.entities[0], before->title, person_first, m.last});
          found = true;
          break;
        }
      }
      std::string title;
      std::size_t close = 0;
      const int org = found ? -1 : GlossedOrg(v, table, p, &title, &close);
      if (org >= 0)
        v->roles.push_back({person, org, title, person_first, close + 1});
      continue;
    }
    // "박민수씨(한빛연구소 대표)": a name the title inside names.
    if (before == nullptr) {
      if (const std::string_view name = NameWithHonorific(*v, p - 1);
          !name.empty()) {
        std::string title;
        std::size_t close = 0;
        const int org = GlossedOrg(v, table, p, &title, &close);
        if (org >= 0) {
          const int person = NewPerson(v, table, p - 1, p, name, title);
          v->roles.push_back({person, org, title, p - 1, close + 1});
          continue;
        }
      }
    }
    // "진도군(군수 이동진)", "㈜와이엔텍(회장 박용하)".
    std::size_t after = 0;
    std::string title;
    Role role = Role::kNone;
    bool role_title = false;
    if (!MatchTitle(*v, p + 1, &after, &title, &role, &role_title) ||
        !role_title || after >= v->tokens.size()) {
      continue;
    }
    std::size_t close = 0;
    int person = ParenthesisedName(v, table, after, &close);
    if (person == -1) continue;
    int org = -1;
    std::size_t body_first = p - 1;
    if (before != nullptr && before->entities.size() == 1 && !before->anaphor &&
        (table->at(before->entities[0]).type == EntityType::kOrg ||
         table->at(before->entities[0]).type == EntityType::kPlace)) {
      org = before->entities[0];
      body_first = before->first;
    } else if (before == nullptr) {
      org = UnknownOrgAt(v, table, p - 1, -2);
    }
    if (org < 0) continue;
    // "경기 양주시(시장 박지훈)", "한빛대학교 경영학과(학과장 이정호)": the
    // region or the parent written before the body is part of its name.
    if (Mention* parent =
            body_first >= 1 ? MentionEndingAt(v, body_first) : nullptr;
        parent != nullptr && parent->entities.size() == 1 && !parent->anaphor &&
        parent->role == Role::kNone && parent->entities[0] != org &&
        (table->at(parent->entities[0]).type == EntityType::kPlace ||
         table->at(parent->entities[0]).type == EntityType::kOrg)) {
      table->AddAlias(org, v->text.substr(parent->begin, v->tokens[p - 1].end -
                                                             parent->begin));
    } else if (body_first >= 1 && table->at(org).type == EntityType::kPlace &&
               r_.words.region_prefixes.Contains(
                   TokenText(v->text, v->tokens[body_first - 1]))) {
      // "경기 양주시": 경기 alone is a game, so it is no place name of its own.
      const std::size_t begin = v->tokens[body_first - 1].begin;
      table->AddAlias(org, v->text.substr(begin, v->tokens[p - 1].end - begin));
    }
    if (person == -2) {
      const std::size_t begin = v->tokens[after].begin;
      const std::string_view name =
          v->text.substr(begin, v->tokens[close - 1].end - begin);
      person = NewPerson(v, table, after, close, name, title);
    }
    v->roles.push_back({person, org, title, p - 1, close + 1});
  }
}

}  // namespace newsgraph::extract::ko
