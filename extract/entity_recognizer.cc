#include "extract/entity_recognizer.h"

#include <algorithm>
#include <cstdlib>

#include "extract/utf8.h"

namespace newsgraph::extract {
namespace {

constexpr std::string_view kCorpMark = "㈜";  // "㈜두산"
constexpr std::string_view kConcurrently = "겸";  // "창업자 겸 CEO"

bool HasLatin(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

bool StartsWithDigit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

std::string_view FirstSyllables(std::string_view s, int n) {
  std::size_t pos = 0;
  for (int i = 0; i < n && pos < s.size(); ++i) DecodeUtf8(s, &pos);
  return s.substr(0, pos);
}

// The mention whose token range ends right before token `i`, or nullptr.
Mention* MentionEndingAt(SentenceView* v, std::size_t i) {
  for (Mention& m : v->mentions) {
    if (m.last == i) return &m;
  }
  return nullptr;
}

// Words between a name and its organisation that date the role.
bool IsFormerMarker(std::string_view word) {
  return word == "전" || word == "현" || word == "당시" || word == "前" || word == "現" ||
         word == "신임" || word == "초대";
}

}  // namespace

void EntityRecognizer::Recognize(SentenceView* view, EntityTable* table,
                                 const PhraseTrie* known) const {
  view->mentions.clear();
  view->roles.clear();
  view->covered.assign(view->tokens.size(), false);
  MatchAnaphora(view);
  MatchTrie(view, table, r_.entity_names, /*lexicon=*/true);
  if (known != nullptr) MatchTrie(view, table, *known, /*lexicon=*/false);
  MatchStockCodes(view, table);
  MatchSuffixes(view, table);
  JoinSplitNames(view, table);
  MatchDescribed(view, table);
  MatchQuotedEvents(view, table);
  MatchPersons(view, table);
  MatchParentheses(view, table);
  MatchAgencies(view, table);
}

bool EntityRecognizer::EndsAtWordEnd(const SentenceView& v, std::size_t first,
                                     std::size_t end, NameMatch* m) const {
  for (std::size_t j = first; j < v.tokens.size(); ++j) {
    const Token& t = v.tokens[j];
    if (t.end < end) continue;
    if (t.begin >= end) return false;  // the key ended in a space
    m->last_token = j + 1;
    m->end = end;
    m->role = Role::kNone;
    if (t.end == end) {
      // A particle moved here from after a parenthesis ("X(Y)은").
      if (t.stem_end == t.end) m->role = t.role;
      return true;
    }
    return r_.particles.IsChain(LastCodePoint(v.text.substr(0, end)),
                                v.text.substr(end, t.end - end), &m->role);
  }
  return false;
}

void EntityRecognizer::AddMention(SentenceView* v, Mention m) const {
  for (std::size_t k = m.first; k < m.last && k < v->covered.size(); ++k) {
    v->covered[k] = true;
  }
  auto it = std::find_if(v->mentions.begin(), v->mentions.end(),
                         [&](const Mention& x) { return x.first > m.first; });
  v->mentions.insert(it, std::move(m));
}

void EntityRecognizer::MatchTrie(SentenceView* v, EntityTable* table,
                                 const PhraseTrie& trie, bool lexicon) const {
  std::vector<PhraseTrie::Match> matches;
  for (std::size_t i = 0; i < v->tokens.size(); ++i) {
    const Token& t = v->tokens[i];
    if (t.is_punct || v->covered[i]) continue;
    std::size_t start = t.begin;
    if (v->text.substr(start, kCorpMark.size()) == kCorpMark) start += kCorpMark.size();
    matches.clear();
    trie.MatchAll(v->text, start, &matches);
    for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
      const std::size_t end = start + m->length;
      NameMatch nm;
      std::string fused_title;
      if (!EndsAtWordEnd(*v, i, end, &nm)) {
        // "금감원장": an organisation glued to a title.
        const Token& last = *std::find_if(v->tokens.begin() + i, v->tokens.end(),
                                          [&](const Token& x) { return x.end >= end; });
        const PhraseTrie::Match title = r_.titles.Longest(v->text, end);
        if (!lexicon || title.value == PhraseTrie::kNone || end + title.length > last.end ||
            !EndsAtWordEnd(*v, i, end + title.length, &nm)) {
          continue;
        }
        fused_title = std::string(v->text.substr(end, title.length));
      }
      if (std::any_of(v->covered.begin() + i, v->covered.begin() + nm.last_token,
                      [](bool c) { return c; })) {
        continue;
      }
      const std::string_view surface = v->text.substr(t.begin, end - t.begin);
      if (lexicon && r_.not_names.count(std::string(surface))) continue;
      const int entity =
          lexicon ? table->FromLexicon(r_.lexicon.entries()[m->value], m->value) : m->value;
      table->AddMention(entity, surface);
      Mention mention;
      mention.first = i;
      mention.last = nm.last_token;
      mention.begin = t.begin;
      mention.end = end;
      mention.entities = {entity};
      mention.role = nm.role;
      mention.title = fused_title;
      AddMention(v, std::move(mention));
      break;
    }
  }
}

void EntityRecognizer::MatchAnaphora(SentenceView* v) const {
  for (std::size_t i = 0; i < v->tokens.size(); ++i) {
    const Token& t = v->tokens[i];
    if (t.is_punct || v->covered[i]) continue;
    const PhraseTrie::Match a = r_.anaphora.Longest(v->text, t.begin);
    NameMatch nm;
    if (a.value == PhraseTrie::kNone || !EndsAtWordEnd(*v, i, t.begin + a.length, &nm)) {
      continue;
    }
    // A key with its particle ("그는") ends where the word ends.
    if (nm.role == Role::kNone) nm.role = v->tokens[nm.last_token - 1].role;
    Mention m;
    m.first = i;
    m.last = nm.last_token;
    m.begin = t.begin;
    m.end = nm.end;
    m.role = nm.role;
    m.anaphor = true;
    m.anaphor_kind = static_cast<AnaphorKind>(a.value);
    AddMention(v, std::move(m));
  }
}

void EntityRecognizer::MatchStockCodes(SentenceView* v, EntityTable* table) const {
  for (const StockCodeHint& hint : v->sentence->norm.stock_codes) {
    for (std::size_t i = 0; i < v->tokens.size(); ++i) {
      const Token& t = v->tokens[i];
      if (t.is_punct || hint.position <= t.begin || hint.position > t.end) continue;
      if (v->covered[i]) {
        for (const Mention& m : v->mentions) {
          if (m.first <= i && i < m.last && m.entities.size() == 1) {
            table->SetStockCode(m.entities[0], hint.code);
          }
        }
        break;
      }
      // The code stood right after the name: the name ends there unless the
      // word goes on with more than particles ("SK(034730)그룹").
      NameMatch nm;
      std::size_t end = hint.position;
      if (!EndsAtWordEnd(*v, i, end, &nm)) {
        end = t.stem_end;
        nm = {i + 1, end, t.role};
      }
      const std::string_view name = v->text.substr(t.begin, end - t.begin);
      const int entity = table->FromName(name, EntityType::kOrg);
      table->SetStockCode(entity, hint.code);
      table->AddMention(entity, name);
      AddMention(v, {i, i + 1, t.begin, end, {entity}, nm.role});
      break;
    }
  }
}

void EntityRecognizer::MatchSuffixes(SentenceView* v, EntityTable* table) const {
  for (std::size_t i = 0; i < v->tokens.size(); ++i) {
    const Token& t = v->tokens[i];
    if (t.is_punct || v->covered[i]) continue;
    std::string_view stem = StemText(v->text, t);
    std::size_t begin = t.begin;
    if (stem.substr(0, kCorpMark.size()) == kCorpMark) {
      stem.remove_prefix(kCorpMark.size());
      begin += kCorpMark.size();
    }
    const std::string reversed(stem.rbegin(), stem.rend());
    const PhraseTrie::Match suffix = r_.org_suffixes.Longest(reversed, 0);
    if (suffix.value == PhraseTrie::kNone || suffix.length >= stem.size()) continue;
    const std::string_view prefix = stem.substr(0, stem.size() - suffix.length);
    if (StartsWithDigit(prefix) || r_.not_names.count(std::string(stem)) ||
        r_.not_names.count(std::string(prefix))) {
      continue;
    }
    if (!OrgSuffixStrong(suffix.value) && !HasLatin(prefix) &&
        r_.entity_names.Longest(prefix, 0).length != prefix.size()) {
      continue;
    }
    const int entity = table->FromName(stem, OrgSuffixType(suffix.value));
    table->AddMention(entity, stem);
    AddMention(v, {i, i + 1, begin, t.stem_end, {entity}, t.role});
  }
}

void EntityRecognizer::TitleThenName(SentenceView* v, EntityTable* table, Mention* org,
                                     std::size_t title_first, std::size_t after,
                                     const std::string& title) const {
  (void)title_first;
  // The title must be bare or a copula ("사장인 이철"), not a subject.
  const Token& last_title = v->tokens[after - 1];
  const std::string_view tail = v->text.substr(last_title.stem_end, last_title.end - last_title.stem_end);
  if (after >= v->tokens.size() || (!tail.empty() && tail != "인")) return;
  const std::size_t n = after;
  int person = -1;
  std::size_t name_end = n + 1;
  if (Mention* known = MentionEndingAt(v, n + 1);
      known != nullptr && known->first == n && known->entities.size() == 1 &&
      table->at(known->entities[0]).type == EntityType::kPerson) {
    person = known->entities[0];
  } else if (!v->covered[n] && !v->tokens[n].is_punct) {
    std::string_view stem = StemText(v->text, v->tokens[n]);
    // "원행스님", "홍길동씨": an honorific glued to the name.
    bool honoured = false;
    for (std::string_view honorific : {"스님", "씨", "님"}) {
      if (stem.size() > honorific.size() + 3 &&
          stem.substr(stem.size() - honorific.size()) == honorific) {
        stem.remove_suffix(honorific.size());
        honoured = true;
        break;
      }
    }
    const bool dharma_name = honoured && HangulLength(stem) == 2 &&
                             !r_.not_names.count(std::string(stem));
    if (!IsKoreanName(stem) && !dharma_name) return;
    person = table->FromName(stem, EntityType::kPerson);
    table->AddMention(person, stem);
    Mention m;
    m.first = n;
    m.last = name_end;
    m.begin = v->tokens[n].begin;
    m.end = v->tokens[n].stem_end;
    m.entities = {person};
    m.role = v->tokens[n].role;
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

int EntityRecognizer::UnknownOrgAt(SentenceView* v, EntityTable* table, std::size_t k,
                                   int min_syllables) const {
  if (!IsPlainWord(*v, k)) return -1;
  const Token& t = v->tokens[k];
  const std::string_view written = TokenText(v->text, t);
  std::string_view s = written;
  if (s.substr(0, kCorpMark.size()) == kCorpMark) s.remove_prefix(kCorpMark.size());
  const int syllables = HangulLength(s);
  if (syllables < 0 ? !HasLatin(s) : syllables < std::abs(min_syllables)) return -1;
  // Before "(시장 홍길동)" even a name-shaped word ("한빛군") is the body.
  if (r_.not_names.count(std::string(s)) || (min_syllables > 0 && IsKoreanName(s))) return -1;
  // Verb forms before a name ("만난 김 회장") are not names.
  static constexpr std::string_view kVerbal[] = {
      "한", "된", "은", "는", "던", "인", "할", "을", "힌", "낸", "친", "운", "린", "진",
      "면", "고", "며", "서", "게", "지", "니", "데", "요", "다", "해", "돼"};
  for (std::string_view e : kVerbal) {
    if (s.size() > e.size() && s.substr(s.size() - e.size()) == e) return -1;
  }
  const int entity = table->FromName(s, EntityType::kOrg);
  table->AddMention(entity, written);
  Mention m;
  m.first = k;
  m.last = k + 1;
  m.begin = t.begin;
  m.end = t.end;
  m.entities = {entity};
  m.appositive = true;
  AddMention(v, std::move(m));
  return entity;
}

// "송하예 소속사 더하기미디어": a name, 소속사 (agency), the agency.
void EntityRecognizer::MatchAgencies(SentenceView* v, EntityTable* table) const {
  for (std::size_t k = 1; k + 1 < v->tokens.size(); ++k) {
    const std::string_view word = TokenText(v->text, v->tokens[k]);
    if (word != "소속사" && word != "소속사인") continue;
    int person = -1;
    std::size_t first = k - 1;
    if (Mention* m = MentionEndingAt(v, k);
        m != nullptr && m->entities.size() == 1 &&
        table->at(m->entities[0]).type == EntityType::kPerson) {
      person = m->entities[0];
      first = m->first;
    } else if (IsPlainWord(*v, k - 1) && IsKoreanName(TokenText(v->text, v->tokens[k - 1]))) {
      const std::string_view name = TokenText(v->text, v->tokens[k - 1]);
      person = table->FromName(name, EntityType::kPerson);
      table->AddMention(person, name);
      AddMention(v, {k - 1, k, v->tokens[k - 1].begin, v->tokens[k - 1].end, {person}});
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
    if (org >= 0) v->roles.push_back({person, org, "소속", first, k + 2});
  }
}

void EntityRecognizer::MatchParentheses(SentenceView* v, EntityTable* table) const {
  for (std::size_t p = 1; p + 1 < v->tokens.size(); ++p) {
    if (TokenText(v->text, v->tokens[p]) != "(") continue;
    Mention* before = MentionEndingAt(v, p);
    // "손흥민(토트넘 홋스퍼)", "김정희 의원(더불어민주당, 순천 5)".
    if (before != nullptr && before->entities.size() == 1 && !before->anaphor &&
        table->at(before->entities[0]).type == EntityType::kPerson) {
      for (const Mention& m : v->mentions) {
        if (m.first == p + 1 && m.entities.size() == 1 && !m.anaphor &&
            table->at(m.entities[0]).type == EntityType::kOrg) {
          v->roles.push_back({before->entities[0], m.entities[0], before->title, before->first,
                              m.last});
        }
      }
      continue;
    }
    // "진도군(군수 이동진)", "㈜와이엔텍(회장 박용하)".
    std::size_t after = 0;
    std::string title;
    Role role = Role::kNone;
    bool role_title = false;
    if (!MatchTitle(*v, p + 1, &after, &title, &role, &role_title) || !role_title ||
        after + 1 >= v->tokens.size() || TokenText(v->text, v->tokens[after + 1]) != ")") {
      continue;
    }
    // The name: new, or already known from an earlier pass.
    int person = -1;
    if (Mention* known = MentionEndingAt(v, after + 1);
        known != nullptr && known->first == after && known->entities.size() == 1 &&
        table->at(known->entities[0]).type == EntityType::kPerson) {
      person = known->entities[0];
    } else if (IsPlainWord(*v, after) && IsKoreanName(TokenText(v->text, v->tokens[after]))) {
      person = -2;
    }
    if (person == -1) continue;
    int org = -1;
    if (before != nullptr && before->entities.size() == 1 && !before->anaphor &&
        (table->at(before->entities[0]).type == EntityType::kOrg ||
         table->at(before->entities[0]).type == EntityType::kPlace)) {
      org = before->entities[0];
    } else if (before == nullptr) {
      org = UnknownOrgAt(v, table, p - 1, -2);
      // "경기 양주시(시장 이성호)": a region before the body is part of its name.
      Mention* region = p >= 2 ? MentionEndingAt(v, p - 1) : nullptr;
      if (org >= 0 && region != nullptr && region->entities.size() == 1 && !region->anaphor &&
          region->role == Role::kNone &&
          table->at(region->entities[0]).type == EntityType::kPlace) {
        const std::string full = std::string(v->text.substr(region->begin, region->end -
                                                                               region->begin)) +
                                 " " + std::string(TokenText(v->text, v->tokens[p - 1]));
        table->AddMention(org, full);
      }
    }
    if (org < 0) continue;
    if (person == -2) {
      const std::string_view name = TokenText(v->text, v->tokens[after]);
      person = table->FromName(name, EntityType::kPerson);
      table->AddMention(person, name);
      Mention m;
      m.first = after;
      m.last = after + 1;
      m.begin = v->tokens[after].begin;
      m.end = v->tokens[after].end;
      m.entities = {person};
      m.title = title;
      AddMention(v, std::move(m));
    }
    v->roles.push_back({person, org, title, p - 1, after + 2});
  }
}

bool EntityRecognizer::IsDescriptor(std::string_view word) const {
  if (word.size() > 3 && word.substr(word.size() - 3) == "인") word.remove_suffix(3);
  const std::string reversed(word.rbegin(), word.rend());
  return r_.descriptors_reversed.Longest(reversed, 0).length == reversed.size() ||
         (r_.descriptors_reversed.Longest(reversed, 0).value != PhraseTrie::kNone &&
          HangulLength(word) >= 3);
}

// "동박제조업체인 서킷포일을", "연료전지 제조사 '클리어엣지파워'를": a word
// after a company descriptor is a company name.
void EntityRecognizer::MatchDescribed(SentenceView* v, EntityTable* table) const {
  for (std::size_t k = 1; k < v->tokens.size(); ++k) {
    std::size_t d = k - 1;
    const bool quoted = TokenText(v->text, v->tokens[d]) == "'";
    if (quoted && d > 0) --d;
    const Token& desc = v->tokens[d];
    const Token& t = v->tokens[k];
    if (t.is_punct || v->covered[k] || desc.is_punct || v->covered[d] ||
        !IsDescriptor(TokenText(v->text, desc))) {
      continue;
    }
    // Only "업체인 X" (a copula) or a quoted name is a name for sure:
    // "계열사 수장들" is not.
    const std::string_view desc_word = TokenText(v->text, desc);
    if (!quoted && (desc_word.size() < 3 || desc_word.substr(desc_word.size() - 3) != "인")) {
      continue;
    }
    std::size_t end = t.stem_end;
    std::size_t last = k + 1;
    Role role = t.role;
    if (quoted) {  // the name runs to the closing quote: "'필리핀 유니온뱅크'가"
      constexpr std::size_t kMaxQuotedWords = 4;
      std::size_t close = k + 1;
      while (close < v->tokens.size() && close <= k + kMaxQuotedWords &&
             !v->tokens[close].is_punct && !v->covered[close]) {
        ++close;
      }
      if (close >= v->tokens.size() || TokenText(v->text, v->tokens[close]) != "'") continue;
      const Token& final_word = v->tokens[close - 1];
      end = final_word.end;
      last = close;
      role = final_word.stem_end == final_word.end ? final_word.role : Role::kNone;
    }
    const std::string_view name = v->text.substr(t.begin, end - t.begin);
    // After a company description even a name-shaped word is a company.
    if (r_.not_names.count(std::string(name)) || HangulLength(name) == 1) continue;
    const int entity = table->FromName(name, EntityType::kOrg);
    table->AddMention(entity, name);
    AddMention(v, {k, last, t.begin, end, {entity}, role});
  }
}

// "'2018 인터드론(Inter Drone)' 전시회에": a quoted name before an event
// word is an event; the event word's particle is the mention's.
void EntityRecognizer::MatchQuotedEvents(SentenceView* v, EntityTable* table) const {
  constexpr std::size_t kMaxQuotedTokens = 10;
  for (std::size_t open = 0; open + 3 < v->tokens.size(); ++open) {
    if (TokenText(v->text, v->tokens[open]) != "'") continue;
    std::size_t close = open + 1;
    while (close < v->tokens.size() && close <= open + kMaxQuotedTokens &&
           TokenText(v->text, v->tokens[close]) != "'") {
      ++close;
    }
    if (close + 1 >= v->tokens.size() || close > open + kMaxQuotedTokens || close == open + 1) {
      continue;
    }
    const Token& event_word = v->tokens[close + 1];
    const std::string_view stem = StemText(v->text, event_word);
    const std::string reversed(stem.rbegin(), stem.rend());
    const PhraseTrie::Match kind = r_.org_suffixes.Longest(reversed, 0);
    if (event_word.is_punct || kind.length != stem.size() ||
        OrgSuffixType(kind.value) != EntityType::kEvent) {
      continue;
    }
    // The name without its parenthesised gloss, words joined by spaces.
    std::string name;
    bool covered = false;
    for (std::size_t k = open + 1; k < close; ++k) {
      covered = covered || v->covered[k];
      if (v->tokens[k].is_punct || v->tokens[k].in_paren) continue;
      if (!name.empty()) name += ' ';
      name += TokenText(v->text, v->tokens[k]);
    }
    if (covered) {
      // Known from an earlier pass: extend that mention over the event word.
      for (Mention& m : v->mentions) {
        if (m.first == open + 1 && m.last == close && m.entities.size() == 1 &&
            table->at(m.entities[0]).type == EntityType::kEvent) {
          m.last = close + 2;
          m.role = event_word.role;
          v->covered[close] = v->covered[close + 1] = true;
        }
      }
      continue;
    }
    if (name.empty()) continue;
    const int entity = table->FromName(name, EntityType::kEvent);
    table->AddMention(entity, name);
    Mention m;
    m.first = open + 1;
    m.last = close + 2;
    m.begin = v->tokens[open + 1].begin;
    m.end = v->tokens[close - 1].end;
    m.entities = {entity};
    m.role = event_word.role;
    AddMention(v, std::move(m));
  }
}

// "두산 중공업": a known name and a lone company ending make one name.
void EntityRecognizer::JoinSplitNames(SentenceView* v, EntityTable* table) const {
  for (Mention& m : v->mentions) {
    if (m.anaphor || m.entities.size() != 1 || m.role != Role::kNone || m.last >= v->tokens.size() ||
        table->at(m.entities[0]).type != EntityType::kOrg || v->covered[m.last]) {
      continue;
    }
    const Token& next = v->tokens[m.last];
    const std::string_view stem = StemText(v->text, next);
    const std::string reversed(stem.rbegin(), stem.rend());
    if (next.is_punct || r_.org_suffixes.Longest(reversed, 0).length != stem.size() ||
        r_.titles.Longest(v->text, next.begin).length == stem.size()) {
      continue;  // "한국투자증권 연구원": a title, not part of the name
    }
    const std::string name = std::string(v->text.substr(m.begin, m.end - m.begin)) + " " +
                             std::string(stem);
    const std::string joined = std::string(v->text.substr(m.begin, m.end - m.begin)) +
                               std::string(stem);
    const PhraseTrie::Match known = r_.entity_names.Longest(joined, 0);
    const int entity =
        known.length == joined.size()
            ? table->FromLexicon(r_.lexicon.entries()[known.value], known.value)
            : table->FromName(name, EntityType::kOrg);
    table->AddMention(entity, name);
    v->covered[m.last] = true;
    m.entities = {entity};
    m.last += 1;
    m.end = next.stem_end;
    m.role = next.role;
  }
}

bool EntityRecognizer::IsKoreanName(std::string_view s) const {
  const int n = HangulLength(s);
  if (n < 2 || n > 4 || r_.not_names.count(std::string(s))) return false;
  const bool double_surname = r_.surnames.count(std::string(FirstSyllables(s, 2))) > 0;
  const std::string first(FirstSyllables(s, 1));
  // "류신임": a surname glued to an ordinary word is no name.
  if (r_.not_names.count(std::string(s.substr(first.size())))) return false;
  const bool single_surname =
      r_.surnames.count(first) > 0 && (n == 3 || r_.rare_surnames.count(first) == 0);
  return (single_surname && n <= 3) || (double_surname && n >= 3);
}

// A division between organisation and title ("AI인프라", "행정학과": its
// 과 is no particle there).
bool EntityRecognizer::IsDivisionWord(const SentenceView& v, std::size_t i) const {
  const Token& t = v.tokens[i];
  return IsPlainWord(v, i) ||
         (!t.is_punct && !v.covered[i] && t.role == Role::kWith && t.stem_end + 3 == t.end);
}

bool EntityRecognizer::IsPlainWord(const SentenceView& v, std::size_t i) const {
  const Token& t = v.tokens[i];
  return !t.is_punct && !v.covered[i] && t.stem_end == t.end &&
         r_.titles.Longest(v.text, t.begin).length != t.end - t.begin;
}

// "사장인 이철": the copula 인 after a title (not a particle: "빈대인" is a
// name, so morph.cc does not strip it).
bool EntityRecognizer::IsCopulaTail(const SentenceView& v, std::size_t k, std::size_t end,
                                    NameMatch* nm) const {
  const Token& t = v.tokens[k];
  if (t.end != end + 3 || v.text.substr(end, 3) != "인") return false;
  *nm = {k + 1, end, Role::kOther};
  return true;
}

// "마케팅부문장", "취업학생처장": a word that ends in a title is one.
bool EntityRecognizer::TitleSuffix(const SentenceView& v, std::size_t k, NameMatch* nm,
                                   bool* role_title) const {
  const Token& t = v.tokens[k];
  const std::string_view stem = StemText(v.text, t);
  const std::string reversed(stem.rbegin(), stem.rend());
  const PhraseTrie::Match m = r_.titles_reversed.Longest(reversed, 0);
  if (m.value == PhraseTrie::kNone || static_cast<TitleKind>(m.value) == TitleKind::kFused ||
      m.length >= stem.size() || HangulLength(stem.substr(0, stem.size() - m.length)) == 1) {
    return false;
  }
  if (!EndsAtWordEnd(v, k, t.stem_end, nm)) return false;
  const auto kind = static_cast<TitleKind>(m.value);
  *role_title = *role_title || kind == TitleKind::kRole || kind == TitleKind::kAmbiguous;
  ambiguous_ = ambiguous_ || kind == TitleKind::kAmbiguous;
  return true;
}

bool EntityRecognizer::MatchTitle(const SentenceView& v, std::size_t i, std::size_t* after,
                                  std::string* title, Role* role, bool* role_title) const {
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
        *role_title = *role_title || kind == TitleKind::kRole || kind == TitleKind::kAmbiguous;
        ambiguous_ = ambiguous_ || kind == TitleKind::kAmbiguous;
      }
    }
    if (!found && k == i) found = TitleSuffix(v, k, &nm, role_title);
    if (!found) break;
    title_end = nm.end;
    *role = nm.role;
    k = nm.last_token;
    // "대표이사 사장", "창업자 겸 최고경영자(CEO)": titles in a row make one.
    if (nm.role != Role::kNone || nm.end != v.tokens[k - 1].end) break;
    if (k < v.tokens.size() && TokenText(v.text, v.tokens[k]) == kConcurrently) ++k;
  }
  if (title_end == 0) return false;
  *after = k;
  while (*after > i && v.tokens[*after - 1].begin >= title_end) --*after;
  *title = std::string(v.text.substr(v.tokens[i].begin, title_end - v.tokens[i].begin));
  return true;
}

int EntityRecognizer::PersonBefore(SentenceView* v, EntityTable* table, std::size_t i,
                                   bool has_org, std::size_t* first) const {
  if (i == 0) return -1;
  // "성일종(충남 서산·태안) 의원": a gloss between name and title.
  if (!has_org && TokenText(v->text, v->tokens[i - 1]) == ")") {
    constexpr std::size_t kMaxGlossTokens = 8;
    std::size_t open = i - 1;
    while (open > 0 && i - open <= kMaxGlossTokens && TokenText(v->text, v->tokens[open]) != "(") {
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
  // "양인택 당시 한국전력 감독", "박근혜 전 한나라당 대표".
  if (has_org && n > 0 && IsFormerMarker(s) && IsPlainWord(*v, n - 1) &&
      IsKoreanName(TokenText(v->text, v->tokens[n - 1]))) {
    s = TokenText(v->text, v->tokens[n - 1]);
    *first = n - 1;
    return table->FromName(s, EntityType::kPerson);
  }
  if (IsKoreanName(s)) {
    *first = n;
    return table->FromName(s, EntityType::kPerson);
  }
  if (!has_org || HangulLength(s) < 2 || r_.not_names.count(std::string(s))) return -1;
  // A transliterated name: one word, or two ("샘 올트먼").
  *first = n;
  if (n > 0 && IsPlainWord(*v, n - 1) && v->tokens[n - 1].space_after) {
    const std::string_view given = TokenText(v->text, v->tokens[n - 1]);
    const int len = HangulLength(given);
    if (len >= 1 && len <= 4 && !r_.not_names.count(std::string(given)) &&
        !IsKoreanName(given)) {
      *first = n - 1;
    }
  }
  const std::size_t begin = v->tokens[*first].begin;
  return table->FromName(v->text.substr(begin, v->tokens[n].end - begin),
                         EntityType::kPerson);
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
    // "한화생명 최규석 사회공헌 파트장": with a known organisation before the
    // name, the word between name and title is a division.
    const bool org_before_name =
        i >= 3 && MentionEndingAt(v, i - 2) != nullptr && !MentionEndingAt(v, i - 2)->anaphor;
    const bool sure_title = role_title && !ambiguous_;
    if (sure_title && i >= 2 && MentionEndingAt(v, i) == nullptr && IsPlainWord(*v, i - 1) &&
        IsPlainWord(*v, i - 2) && IsKoreanName(TokenText(v->text, v->tokens[i - 2])) &&
        !IsKoreanName(TokenText(v->text, v->tokens[i - 1])) && !org_before_name) {
      UnknownOrgAt(v, table, i - 1, 2);
    }
    // "최태원 SK그룹 (AI인프라) 회장": an organisation between name and title.
    Mention* org = MentionEndingAt(v, i);
    std::size_t org_first = i;
    if (org == nullptr && i > 0 && IsDivisionWord(*v, i - 1) &&
        !IsKoreanName(TokenText(v->text, v->tokens[i - 1]))) {
      org = MentionEndingAt(v, i - 1);
    }
    if (org != nullptr && (org->anaphor || org->role != Role::kNone ||
                           org->entities.size() != 1 ||
                           table->at(org->entities[0]).type != EntityType::kOrg)) {
      org = nullptr;
    }
    std::size_t first = 0;
    int person = -1;
    int org_entity = -1;
    if (org != nullptr) {
      org_first = org->first;
      org_entity = org->entities[0];
      person = PersonBefore(v, table, org_first, true, &first);
      if (person < 0) {
        // "조계종 총무원장 원행", "슈퍼주니어 멤버 신동": the name after the title.
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
        // "최 회장": a surname and a title refer back to a person.
        if (i > 0 && IsPlainWord(*v, i - 1) &&
            r_.surnames.count(std::string(TokenText(v->text, v->tokens[i - 1])))) {
          Mention m;
          m.first = i - 1;
          m.last = after;
          m.begin = v->tokens[i - 1].begin;
          m.end = v->tokens[after - 1].end;
          m.role = role;
          m.anaphor = true;
          m.anaphor_kind = AnaphorKind::kPerson;
          m.surname = std::string(TokenText(v->text, v->tokens[i - 1]));
          m.title = title;
          AddMention(v, std::move(m));
        }
        continue;
      }
      // "SK그룹 최태원 회장": the organisation before the name.
      if (Mention* before = MentionEndingAt(v, first);
          before != nullptr && !before->anaphor && before->entities.size() == 1 &&
          // "SK그룹의 최태원 회장", "두산에서는 동현수 부회장이".
          (before->role == Role::kNone || before->role == Role::kGen ||
           before->role == Role::kFrom) &&
          table->at(before->entities[0]).type == EntityType::kOrg) {
        org_entity = before->entities[0];
        before->appositive = true;
      } else if (sure_title && first > 0 && IsPlainWord(*v, first - 1) &&
                 IsKoreanName(TokenText(v->text, v->tokens[first]))) {
        // "광주혁신추진위원회 주정민 위원장": an unknown organisation first.
        org_entity = UnknownOrgAt(v, table, first - 1, 3);
      }
    }
    std::size_t name_last = org != nullptr ? org_first : i;
    if (org == nullptr && org_before_name && first + 2 == i) name_last = i - 1;
    const std::size_t name_end = v->tokens[name_last - 1].end;
    std::string_view surface =
        v->text.substr(v->tokens[first].begin, name_end - v->tokens[first].begin);
    surface = surface.substr(0, surface.find('('));  // "성일종(충남 서산·태안)"
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
    if (role_title) v->roles.push_back({person, org_entity, title, first, after});
    i = after - 1;
  }
  // "윤석헌 금감원장": a fused organisation title.
  for (std::size_t k = 0; k < v->mentions.size(); ++k) {
    Mention org = v->mentions[k];
    if (org.title.empty() || org.anaphor || org.appositive || org.entities.size() != 1 ||
        table->at(org.entities[0]).type != EntityType::kOrg) {
      continue;
    }
    std::size_t first = 0;
    const int person = PersonBefore(v, table, org.first, true, &first);
    if (person < 0) continue;
    v->mentions[k].appositive = true;
    table->AddMention(person, v->text.substr(v->tokens[first].begin,
                                             v->tokens[org.first - 1].end -
                                                 v->tokens[first].begin));
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

PhraseTrie EntityRecognizer::KnownNames(const EntityTable& table) {
  PhraseTrie trie;
  for (int i = 0; i < table.size(); ++i) {
    const Entity& e = table.at(i);
    if (e.lexicon_id.empty()) trie.Insert(e.name, i);
    if (e.type != EntityType::kPerson) continue;
    const std::size_t space = e.name.rfind(' ');
    if (space != std::string::npos && HangulLength(e.name.substr(space + 1)) >= 2) {
      trie.Insert(e.name.substr(space + 1), i);
    }
  }
  return trie;
}

}  // namespace newsgraph::extract
