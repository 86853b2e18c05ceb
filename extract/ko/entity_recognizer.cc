#include "extract/ko/entity_recognizer.h"

#include <algorithm>

#include "extract/ko/recognizer_text.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {

using recognizer::FirstSyllables;
using recognizer::HasLatin;
using recognizer::kCorpMark;
using recognizer::MentionEndingAt;
using recognizer::StartsWithDigit;

namespace {

// Names every mention the last step added and lifts its entities to the
// step's score (0: the step leaves scores as the table set them; a tentative
// name stays a guess whatever found it).
void StampNewMentions(SentenceView* view, EntityTable* table,
                      std::string_view step, double score) {
  for (Mention& m : view->mentions) {
    if (!m.found_by.empty()) continue;
    m.found_by = step;
    if (score <= 0) continue;
    for (int e : m.entities) {
      if (!table->tentative(e)) table->RaiseScore(e, score);
    }
  }
}

}  // namespace

void EntityRecognizer::Recognize(SentenceView* view, EntityTable* table,
                                 const PhraseTrie* known) const {
  view->mentions.clear();
  view->roles.clear();
  view->covered.assign(view->tokens.size(), false);
  // Each step is one recogniser; its name is what --explain shows. Scores
  // are priors by how much a step's evidence says: a listed name or a stock
  // code is all but sure, a title beside a name nearly so, an ending or a
  // quoted name less, a bare name-shaped word least (the table's own).
  MatchAnaphora(view);
  StampNewMentions(view, table, "anaphora", 0);
  MatchTrie(view, table, r_.entity_names, /*lexicon=*/true);
  StampNewMentions(view, table, "lexicon", 0);
  if (known != nullptr) {
    MatchTrie(view, table, *known, /*lexicon=*/false);
    StampNewMentions(view, table, "known-name", 0);
  }
  struct Step {
    std::string_view name;
    double score;
    void (EntityRecognizer::*run)(SentenceView*, EntityTable*) const;
  };
  static constexpr Step kSteps[] = {
      {"stock-code", 0.95, &EntityRecognizer::MatchStockCodes},
      {"org-ending", 0, &EntityRecognizer::MatchSuffixes},
      {"split-name", 0, &EntityRecognizer::JoinSplitNames},
      {"descriptor", 0.85, &EntityRecognizer::MatchDescribed},
      {"quoted-event", 0, &EntityRecognizer::MatchQuotedEvents},
      {"title-person", 0.9, &EntityRecognizer::MatchPersons},
      {"parenthesis", 0, &EntityRecognizer::MatchParentheses},
      {"agency", 0.9, &EntityRecognizer::MatchAgencies},
      {"bare-name", 0, &EntityRecognizer::MatchBareNames},
  };
  for (const Step& step : kSteps) {
    (this->*step.run)(view, table);
    StampNewMentions(view, table, step.name, step.score);
  }
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
    if (v->text.substr(start, kCorpMark.size()) == kCorpMark)
      start += kCorpMark.size();
    matches.clear();
    trie.MatchAll(v->text, start, &matches);
    for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
      const std::size_t end = start + m->length;
      NameMatch nm;
      std::string fused_title;
      if (!EndsAtWordEnd(*v, i, end, &nm)) {
        // "금감원장": an organisation glued to a title.
        const Token& last =
            *std::find_if(v->tokens.begin() + i, v->tokens.end(),
                          [&](const Token& x) { return x.end >= end; });
        const PhraseTrie::Match title = r_.titles.Longest(v->text, end);
        if (!lexicon || title.value == PhraseTrie::kNone ||
            end + title.length > last.end ||
            !EndsAtWordEnd(*v, i, end + title.length, &nm)) {
          continue;
        }
        fused_title = std::string(v->text.substr(end, title.length));
      }
      if (std::any_of(v->covered.begin() + i,
                      v->covered.begin() + nm.last_token,
                      [](bool c) { return c; })) {
        continue;
      }
      const std::string_view surface = v->text.substr(t.begin, end - t.begin);
      if (lexicon && r_.not_names.count(std::string(surface))) continue;
      const int entity =
          lexicon ? table->FromLexicon(r_.lexicon.entries()[m->value], m->value)
                  : m->value;
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
    if (a.value == PhraseTrie::kNone ||
        !EndsAtWordEnd(*v, i, t.begin + a.length, &nm)) {
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

void EntityRecognizer::MatchStockCodes(SentenceView* v,
                                       EntityTable* table) const {
  for (const StockCodeHint& hint : v->sentence->norm.stock_codes) {
    for (std::size_t i = 0; i < v->tokens.size(); ++i) {
      const Token& t = v->tokens[i];
      if (t.is_punct || hint.position <= t.begin || hint.position > t.end)
        continue;
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

void EntityRecognizer::MatchSuffixes(SentenceView* v,
                                     EntityTable* table) const {
  for (std::size_t i = 0; i < v->tokens.size(); ++i) {
    const Token& t = v->tokens[i];
    if (t.is_punct || v->covered[i]) continue;
    std::string_view stem = StemText(v->text, t);
    std::size_t begin = t.begin;
    if (stem.substr(0, kCorpMark.size()) == kCorpMark) {
      stem.remove_prefix(kCorpMark.size());
      begin += kCorpMark.size();
    }
    const PhraseTrie::Match suffix =
        r_.org_suffixes.LongestBackward(stem, stem.size());
    if (suffix.value == PhraseTrie::kNone || suffix.length >= stem.size())
      continue;
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

bool EntityRecognizer::IsDescriptor(std::string_view word) const {
  if (r_.words.EndsInCopula(word)) word.remove_suffix(r_.words.copula.size());
  return r_.descriptors_reversed.LongestBackward(word, word.size()).length ==
             word.size() ||
         (r_.descriptors_reversed.LongestBackward(word, word.size()).value !=
              PhraseTrie::kNone &&
          HangulLength(word) >= 3);
}

// "부품업체인 가람포일을", "배터리 제조사 '다온셀파워'를": a word
// after a company descriptor is a company name.
void EntityRecognizer::MatchDescribed(SentenceView* v,
                                      EntityTable* table) const {
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
    if (!quoted && !HasSuffix(desc_word, r_.words.copula)) {
      continue;
    }
    std::size_t end = t.stem_end;
    std::size_t last = k + 1;
    Role role = t.role;
    if (quoted) {  // the name runs to the closing quote: "'필리핀
                   // 유니온뱅크'가"
      constexpr std::size_t kMaxQuotedWords = 4;
      std::size_t close = k + 1;
      while (close < v->tokens.size() && close <= k + kMaxQuotedWords &&
             !v->tokens[close].is_punct && !v->covered[close]) {
        ++close;
      }
      if (close >= v->tokens.size() ||
          TokenText(v->text, v->tokens[close]) != "'")
        continue;
      const Token& final_word = v->tokens[close - 1];
      end = final_word.end;
      last = close;
      role =
          final_word.stem_end == final_word.end ? final_word.role : Role::kNone;
    }
    const std::string_view name = v->text.substr(t.begin, end - t.begin);
    // After a company description even a name-shaped word is a company.
    if (r_.not_names.count(std::string(name)) || HangulLength(name) == 1)
      continue;
    const int entity = table->FromName(name, EntityType::kOrg);
    table->AddMention(entity, name);
    AddMention(v, {k, last, t.begin, end, {entity}, role});
  }
}

// "'2018 인터드론(Inter Drone)' 전시회에": a quoted name before an event
// word is an event; the event word's particle is the mention's.
void EntityRecognizer::MatchQuotedEvents(SentenceView* v,
                                         EntityTable* table) const {
  constexpr std::size_t kMaxQuotedTokens = 10;
  for (std::size_t open = 0; open + 3 < v->tokens.size(); ++open) {
    if (TokenText(v->text, v->tokens[open]) != "'") continue;
    std::size_t close = open + 1;
    while (close < v->tokens.size() && close <= open + kMaxQuotedTokens &&
           TokenText(v->text, v->tokens[close]) != "'") {
      ++close;
    }
    if (close + 1 >= v->tokens.size() || close > open + kMaxQuotedTokens ||
        close == open + 1) {
      continue;
    }
    const Token& event_word = v->tokens[close + 1];
    const std::string_view stem = StemText(v->text, event_word);
    const PhraseTrie::Match kind =
        r_.org_suffixes.LongestBackward(stem, stem.size());
    const bool named_event = !event_word.is_punct &&
                             kind.length == stem.size() &&
                             OrgSuffixType(kind.value) == EntityType::kEvent;
    // "'한빛 엑스포 2024'에 참가했다": taking part names an event too.
    std::size_t next =
        close + 1;  // the particle moved into the quote is punctuation now
    while (next < v->tokens.size() && v->tokens[next].is_punct) ++next;
    const bool joined_event = !named_event &&
                              v->tokens[close - 1].role == Role::kTo &&
                              IsParticipationCue(next, *v);
    if (!named_event && !joined_event) continue;
    // The name without its parenthesised gloss, words joined by spaces.
    std::string name;
    bool covered = false;
    for (std::size_t k = open + 1; k < close; ++k) {
      // A gloss in parentheses may hold a name of its own ("(Inter Drone)").
      covered = covered || (v->covered[k] && !v->tokens[k].in_paren);
      if (v->tokens[k].is_punct || v->tokens[k].in_paren) continue;
      if (!name.empty()) name += ' ';
      name += TokenText(v->text, v->tokens[k]);
    }
    // The mention ends after the event word, or at the closing quote.
    const std::size_t last = named_event ? close + 2 : close + 1;
    const Role role = named_event ? event_word.role : v->tokens[close - 1].role;
    if (covered) {
      // Known from an earlier pass: extend that mention over the event word.
      for (Mention& m : v->mentions) {
        if (m.first == open + 1 && m.last <= close && m.entities.size() == 1 &&
            table->at(m.entities[0]).type == EntityType::kEvent) {
          m.last = last;
          m.role = role;
          for (std::size_t k = close; k < last; ++k) v->covered[k] = true;
        }
      }
      continue;
    }
    if (name.empty()) continue;
    // Names inside the gloss, and "전시회" read as a reference back, give
    // way to the event's name.
    v->mentions.erase(
        std::remove_if(v->mentions.begin(), v->mentions.end(),
                       [&](const Mention& m) {
                         return (m.first > open && m.last <= close) ||
                                (m.anaphor && m.first == close + 1);
                       }),
        v->mentions.end());
    const int entity = table->FromName(name, EntityType::kEvent);
    table->AddMention(entity, name);
    Mention m;
    m.first = open + 1;
    m.last = last;
    m.begin = v->tokens[open + 1].begin;
    m.end = v->tokens[close - 1].stem_end;
    m.entities = {entity};
    m.role = role;
    AddMention(v, std::move(m));
  }
}

// Whether token k is a word of taking part (참가, 참여, 출전 ...).
bool EntityRecognizer::IsParticipationCue(std::size_t k,
                                          const SentenceView& v) const {
  if (k >= v.tokens.size() || v.tokens[k].is_punct) return false;
  const PhraseTrie::Match m = r_.cue_trie.Longest(v.text, v.tokens[k].begin);
  return m.value != PhraseTrie::kNone &&
         r_.cues[static_cast<std::size_t>(m.value)].relation == "participate";
}

// "두산 중공업": a known name and a lone company ending make one name.
void EntityRecognizer::JoinSplitNames(SentenceView* v,
                                      EntityTable* table) const {
  for (Mention& m : v->mentions) {
    if (m.anaphor || m.entities.size() != 1 || m.role != Role::kNone ||
        m.last >= v->tokens.size() ||
        table->at(m.entities[0]).type != EntityType::kOrg ||
        v->covered[m.last]) {
      continue;
    }
    const Token& next = v->tokens[m.last];
    const std::string_view stem = StemText(v->text, next);
    if (next.is_punct ||
        r_.org_suffixes.LongestBackward(stem, stem.size()).length !=
            stem.size() ||
        r_.titles.Longest(v->text, next.begin).length == stem.size()) {
      continue;  // "한국투자증권 연구원": a title, not part of the name
    }
    const std::string name =
        std::string(v->text.substr(m.begin, m.end - m.begin)) + " " +
        std::string(stem);
    const std::string joined =
        std::string(v->text.substr(m.begin, m.end - m.begin)) +
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
  const bool double_surname =
      r_.surnames.count(std::string(FirstSyllables(s, 2))) > 0;
  const std::string first(FirstSyllables(s, 1));
  // "류신임": a surname glued to an ordinary word is no name.
  if (r_.not_names.count(std::string(s.substr(first.size())))) return false;
  const bool single_surname = r_.surnames.count(first) > 0 &&
                              (n == 3 || r_.rare_surnames.count(first) == 0);
  return (single_surname && n <= 3) || (double_surname && n >= 3);
}

bool EntityRecognizer::IsPlainWord(const SentenceView& v, std::size_t i) const {
  const Token& t = v.tokens[i];
  return !t.is_punct && !v.covered[i] && t.stem_end == t.end &&
         r_.titles.Longest(v.text, t.begin).length != t.end - t.begin;
}

PhraseTrie EntityRecognizer::KnownNames(const EntityTable& table) {
  PhraseTrie trie;
  for (int i = 0; i < table.size(); ++i) {
    const Entity& e = table.at(i);
    if (table.tentative(i)) continue;  // found again by its shape
    if (e.lexicon_id.empty()) trie.Insert(e.name, i);
    if (e.type != EntityType::kPerson) continue;
    const std::size_t space = e.name.rfind(' ');
    if (space != std::string::npos &&
        HangulLength(e.name.substr(space + 1)) >= 2) {
      trie.Insert(e.name.substr(space + 1), i);
    }
  }
  return trie;
}

}  // namespace newsgraph::extract::ko
