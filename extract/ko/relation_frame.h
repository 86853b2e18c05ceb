// The arguments one relation cue found, and the writer of the relations it
// gives (relation_extractor.cc: cue frames of the business relations;
// role_relations.cc: role cues). Internal to extract/.
#ifndef NEWSGRAPH_EXTRACT_KO_RELATION_FRAME_H_
#define NEWSGRAPH_EXTRACT_KO_RELATION_FRAME_H_

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/ko/relation_extractor.h"
#include "extract/ko/relation_text.h"

namespace newsgraph::extract::ko {

using ArgPredicate = std::function<bool(Role)>;

struct RelationExtractor::Frame {
  const SentenceView& v;
  const std::vector<Arg>& args;
  const Cue& cue;
  const RelationWords& words;

  // The nearest argument before the cue in its clause with a role for which
  // `want` holds.
  const Arg* Before(const ArgPredicate& want) const {
    const Arg* best = nullptr;
    for (const Arg& a : args) {
      if (a.last <= cue.token && a.clause == cue.clause && want(a.role))
        best = &a;
    }
    return best;
  }
  std::vector<const Arg*> AllBefore(Role role) const {
    std::vector<const Arg*> out;
    for (const Arg& a : args) {
      if (a.last <= cue.token && a.clause == cue.clause && a.role == role)
        out.push_back(&a);
    }
    return out;
  }
  // The argument right before the cue word, bare or genitive ("B 인수").
  const Arg* Adjacent() const {
    std::size_t end = cue.token;
    while (end > 0 &&
           relation_text::IsCloser(TokenText(v.text, v.tokens[end - 1])))
      --end;
    for (const Arg& a : args) {
      if (a.last == end && (a.role == Role::kNone || a.role == Role::kGen))
        return &a;
    }
    return nullptr;
  }
  // The argument right after the cue word ("계열사 SK하이닉스", relative
  // clauses).
  const Arg* After() const {
    for (const Arg& a : args) {
      if (a.first == cue.token + 1) return &a;
    }
    return nullptr;
  }
  // The first word token at or after token i.
  std::size_t NextWord(std::size_t i) const {
    while (i < v.tokens.size() && v.tokens[i].is_punct) ++i;
    return i;
  }
  bool EmbeddedBefore(const Arg& a) const {
    for (std::size_t i = a.last; i < cue.token; ++i) {
      const Token& t = v.tokens[i];
      if (!t.is_punct && !v.covered[i] &&
          words.IsAdnominal(TokenText(v.text, t)))
        return true;
    }
    return false;
  }
  // The subject: a relative clause's head, else the nearest topic or subject
  // in the clause, else the sentence topic before the cue, else a genitive.
  const Arg* Subject() const {
    const std::string_view word = TokenText(v.text, v.tokens[cue.token]);
    if (words.IsAdnominal(word)) {
      if (const Arg* head = After()) return head;
    }
    const Arg* topic = nullptr;
    for (const Arg& a : args) {
      if (a.last <= cue.token &&
          (a.role == Role::kTopic || a.role == Role::kAlso)) {
        topic = &a;
        break;
      }
    }
    const Arg* s = Before(relation_text::IsSubject);
    // "올트먼 CEO는 오픈AI가 개최한 행사를 마친 뒤 최 회장을 만났다": a subject
    // followed by an adnominal word belongs to an embedded clause.
    if (s != nullptr && s != topic && topic != nullptr && EmbeddedBefore(*s))
      s = topic;
    if (s != nullptr) return s;
    if (topic != nullptr) return topic;
    for (const Arg& a : args) {
      if (a.last <= cue.token && relation_text::IsSubject(a.role)) return &a;
    }
    return Before([](Role r) { return r == Role::kGen; });
  }
};

// Writes the relations of one cue: every entity of the subject argument with
// every entity of the object argument, in the cue's clause.
struct RelationExtractor::Emitter {
  const Frame& frame;
  const Arg* subject;        // the cue's subject, or nullptr
  std::size_t clause_begin;  // bytes
  std::size_t clause_end;
  EntityTable* table;
  std::vector<FoundRelation>* out;
  std::size_t before;  // out->size() before this cue

  const std::string& relation() const { return frame.cue.cue->relation; }
  // Whether this cue has given a relation yet.
  bool Emitted() const { return out->size() > before; }
  // The nearest argument before the cue in its clause with `role`.
  const Arg* ObjectRole(Role role) const {
    return frame.Before([role](Role r) { return r == role; });
  }

  void Emit(const Arg* s, const Arg* o, const std::string& relation,
            const std::string& rule) const {
    if (s == nullptr || o == nullptr) return;
    const SentenceView& v = frame.v;
    const Cue& cue = frame.cue;
    // "흡수합병한 A": a done deed in a relative clause is not hedged by what
    // the sentence says after it.
    const std::string_view word = TokenText(v.text, v.tokens[cue.token]);
    const bool done = frame.words.EndsInAny(RelationWordKind::kDone, word);
    for (int se : s->entities) {
      for (int oe : o->entities) {
        if (se == oe) continue;
        FoundRelation f;
        f.subject = se;
        f.object = oe;
        f.relation = relation;
        f.rule = rule;
        f.cue_begin = cue.begin;
        f.cue_end = cue.end;
        f.clause_begin = clause_begin;
        f.clause_end = clause_end;
        if (done) f.hedge_end = v.tokens[cue.token].end;
        out->push_back(std::move(f));
      }
    }
  }

  // A pair argument (양 사, 두 사람) as the two ends of the cue's relation.
  bool EmitPair(const Arg* pair, const std::string& rule) const {
    if (pair == nullptr || pair->entities.size() != 2) return false;
    Arg a = *pair, b = *pair;
    a.entities = {pair->entities[0]};
    b.entities = {pair->entities[1]};
    Emit(&a, &b, relation(), rule);
    return true;
  }
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_RELATION_FRAME_H_
