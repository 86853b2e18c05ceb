#include "extract/ko/relation_extractor.h"

#include <algorithm>
#include <functional>

#include "extract/ko/relation_frame.h"
#include "extract/ko/relation_text.h"
#include "core/relation_types.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

using relation_text::EndsWith;
using relation_text::IsSubject;
using relation_text::OfType;

// Punctuation and words that join list members: "A, B", "A·B", "A 및 B".
// The ASCII marks here, the rest in relation_words.tsv.
bool IsListJoiner(const RelationWords& words, std::string_view token) {
  return token == "," || token == "/" ||
         words.Is(RelationWordKind::kListJoiner, token);
}

// "CEP", "SAP", "UAMPS": two or more capitals or digits, at least one capital.
bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return false;
  bool letter = false;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (!(c >= '0' && c <= '9') && c != '&') {
      return false;
    }
  }
  return letter;
}

// "A-B 협력", "A·B 합작". The ASCII "-" here (a table's "-" is an empty
// field), the rest in relation_words.tsv.
bool IsPairJoiner(const RelationWords& words, std::string_view token) {
  return token == "-" || words.Is(RelationWordKind::kPairJoiner, token);
}

}  // namespace

std::vector<int> RelationExtractor::Clauses(const SentenceView& v) const {
  std::vector<int> clauses(v.tokens.size(), 0);
  int clause = 0;
  for (std::size_t i = 0; i < v.tokens.size(); ++i) {
    clauses[i] = clause;
    const Token& t = v.tokens[i];
    if (t.is_punct || v.covered[i]) continue;
    const std::string_view word = TokenText(v.text, t);
    const char32_t last = LastCodePoint(word);
    if (std::find(r_.clause_ending_lasts.begin(), r_.clause_ending_lasts.end(),
                  last) == r_.clause_ending_lasts.end()) {
      continue;
    }
    for (const std::string& e : r_.clause_endings) {
      if (EndsWith(word, e) && word.size() > e.size()) {
        ++clause;
        break;
      }
    }
  }
  return clauses;
}

// "A', 홍콩 핀테크 기업 'B'가": between list members only bare words
// (descriptions) and quotes may stand.
bool ListContinues(const SentenceView& v, std::size_t from,
                   std::size_t next_first) {
  constexpr std::size_t kMaxDescriptionWords = 6;
  if (next_first < from || next_first - from > kMaxDescriptionWords)
    return false;
  for (std::size_t i = from; i < next_first; ++i) {
    const Token& t = v.tokens[i];
    const std::string_view word = TokenText(v.text, t);
    if (t.is_punct ? (word != "'" && word != "\"") : t.role != Role::kNone)
      return false;
  }
  return true;
}

std::vector<RelationExtractor::Arg> RelationExtractor::Args(
    const SentenceView& v, const std::vector<int>& clauses) const {
  std::vector<Arg> args;
  for (const Mention& m : v.mentions) {
    if (m.appositive || m.entities.empty() || v.tokens[m.first].in_paren)
      continue;
    args.push_back({m.entities, m.first, m.last, m.role, clauses[m.first]});
  }
  PropagateListRoles(v, &args);
  return args;
}

// List members take the role of the member that carries the particle:
// "A, B와 C", "A·B 등이 참여했다", "A, B 등 소프트웨어 기업과".
void RelationExtractor::PropagateListRoles(const SentenceView& v,
                                           std::vector<Arg>* all) const {
  const RelationWords& words = r_.relation_words;
  std::vector<Arg>& args = *all;
  const bool headline =
      v.sentence->in_title || v.sentence->kind != SegmentKind::kBody;
  for (std::size_t k = args.size(); k-- > 0;) {
    Arg& a = args[k];
    if (a.role != Role::kNone || a.last >= v.tokens.size()) continue;
    const Token& next = v.tokens[a.last];
    const std::string_view word = TokenText(v.text, next);
    if (headline && a.first == 0 && word == ",") {
      a.role = Role::kTopic;  // "두산, 신사업 진출": the headline's topic
    } else if (IsListJoiner(words, word) && k + 1 < args.size() &&
               ListContinues(v, a.last + 1, args[k + 1].first)) {
      a.role = args[k + 1].role;
      a.clause = args[k + 1].clause;
    } else if (words.Is(RelationWordKind::kListTail, StemText(v.text, next))) {
      // "등 소프트웨어 전문기업과": the particle may come after a description.
      constexpr std::size_t kMaxDescriptionWords = 4;
      for (std::size_t i = a.last;
           i < v.tokens.size() && i <= a.last + kMaxDescriptionWords; ++i) {
        if (v.tokens[i].is_punct) break;
        if (v.tokens[i].role != Role::kNone) {
          a.role = v.tokens[i].role;
          break;
        }
      }
    }
  }
}

std::vector<RelationExtractor::Cue> RelationExtractor::Cues(
    const SentenceView& v, const std::vector<int>& clauses) const {
  std::vector<Cue> cues;
  for (std::size_t i = 0; i < v.tokens.size(); ++i) {
    const Token& t = v.tokens[i];
    if (t.is_punct || v.covered[i]) continue;
    std::size_t pos = t.begin;
    while (pos < t.end) {
      const PhraseTrie::Match m = r_.cue_trie.Longest(v.text, pos);
      if (m.value != PhraseTrie::kNone) {
        const RelationCue& cue = r_.cues[static_cast<std::size_t>(m.value)];
        const std::string_view rest = v.text.substr(pos + m.length);
        const bool excluded =
            std::any_of(cue.not_followed_by.begin(), cue.not_followed_by.end(),
                        [&](const std::string& x) {
                          return rest.substr(0, x.size()) == x;
                        });
        if (!excluded) {
          cues.push_back(
              {&cue, i, pos, pos + m.length, clauses[i], t.in_quote});
          break;
        }
      }
      DecodeUtf8(v.text, &pos);
    }
  }
  // "사업협력 계약을 체결": cooperation that names a contract is the contract.
  for (std::size_t k = 0; k + 1 < cues.size(); ++k) {
    if (cues[k].cue->relation == "partner" &&
        cues[k + 1].cue->relation == "contract" &&
        cues[k + 1].token == cues[k].token + 1) {
      cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
  return cues;
}

void RelationExtractor::Extract(const SentenceView& v,
                                std::pair<int, int> last_pair,
                                int latest_person, int topic_org,
                                EntityTable* table,
                                std::vector<FoundRelation>* out) const {
  RolesFromAppositions(v, out);
  RolesFromSentenceBody(v, *table, out);
  RolesFromGenitive(v, *table, out);
  const std::vector<int> clauses = Clauses(v);
  const std::vector<Arg> args = Args(v, clauses);
  const std::vector<Cue> cues = Cues(v, clauses);
  RolesWithoutName(v, args, latest_person, *table, out);
  DateRoles(v, cues, clauses, out);
  for (const Cue& cue : cues) {
    Apply(v, args, cue, clauses, last_pair, topic_org, table, out);
  }
}

void RelationExtractor::Apply(const SentenceView& v,
                              const std::vector<Arg>& args, const Cue& cue,
                              const std::vector<int>& clauses,
                              std::pair<int, int> last_pair, int topic_org,
                              EntityTable* table,
                              std::vector<FoundRelation>* out) const {
  if (cue.in_quote) return;
  const Frame frame{v, args, cue, r_.relation_words};
  std::size_t clause_begin = v.text.size();
  std::size_t clause_end = 0;
  for (std::size_t i = 0; i < v.tokens.size(); ++i) {
    if (clauses[i] != cue.clause) continue;
    clause_begin = std::min(clause_begin, v.tokens[i].begin);
    clause_end = std::max(clause_end, v.tokens[i].end);
  }
  const std::string& rel = cue.cue->relation;
  const Arg* subject = frame.Subject();
  // Korean drops a subject that the text is about: "(한빛중공업은 ...) 또
  // 서킷랩을 인수했다". Only when nothing in the sentence could be one, and
  // not for a meeting or a leader (a person, never the topic company).
  const bool person_subject =
      rel == "meet" || (rel == "role" && cue.cue->frame == CueFrame::kDefault);
  Arg dropped_topic;
  if (subject == nullptr && topic_org >= 0 && !person_subject &&
      std::none_of(v.tokens.begin(),
                   v.tokens.begin() + static_cast<std::ptrdiff_t>(cue.token),
                   [](const Token& t) { return IsSubject(t.role); })) {
    dropped_topic.entities = {topic_org};
    dropped_topic.first = dropped_topic.last = 0;
    subject = &dropped_topic;
  }
  // A Latin acronym in an argument slot is a company even if unknown
  // ("CEP를 인수", "SAP와 협력").
  std::vector<Arg> acronyms;
  acronyms.reserve(v.tokens.size());
  for (std::size_t i = 0; i < cue.token; ++i) {
    const Token& t = v.tokens[i];
    if (t.is_punct || v.covered[i] || t.in_paren || clauses[i] != cue.clause ||
        !IsAcronym(StemText(v.text, t)) ||
        r_.not_names.count(std::string(StemText(v.text, t))) ||
        std::any_of(args.begin(), args.end(),
                    [i](const Arg& a) { return a.first == i; })) {
      continue;
    }
    const int id = table->FromName(StemText(v.text, t), EntityType::kOrg);
    table->AddMention(id, StemText(v.text, t));
    acronyms.push_back({{id}, i, i + 1, t.role, cue.clause});
  }
  std::vector<Arg> merged_args;
  if (!acronyms.empty()) {
    merged_args = args;
    merged_args.insert(merged_args.end(), acronyms.begin(), acronyms.end());
    std::sort(merged_args.begin(), merged_args.end(),
              [](const Arg& a, const Arg& b) { return a.first < b.first; });
    PropagateListRoles(v, &merged_args);
    return Apply(v, merged_args, cue, clauses, last_pair, topic_org, table,
                 out);
  }

  const Emitter e{frame, subject, clause_begin, clause_end,
                  table, out,     out->size()};
  // A cue's own frame (appointed, found, join) reads a role; otherwise the
  // inventory (data/relation_types.tsv) says which family its relation's
  // cues use. The cue table guarantees a type for the default frame.
  if (cue.cue->frame != CueFrame::kDefault) return ApplyRoleCue(e, topic_org);
  switch (cue.cue->type->family) {
    case RelationFamily::kSymmetric:
      return ApplySymmetric(e, last_pair);
    case RelationFamily::kTransfer:
      return ApplyTransfer(e, clauses);
    case RelationFamily::kObject:
      return ApplyObject(e);
    case RelationFamily::kParticipate:
      return ApplyParticipate(e);
    case RelationFamily::kSubsidiary:
      return ApplySubsidiary(e, topic_org);
    case RelationFamily::kRole:
      return ApplyRoleCue(e, topic_org);
  }
}

// Meetings, partnerships, contracts and rivalry: "양 사 간 협력", "A-B 협력",
// "A는 B와 회동", "본사를 찾았다" (a visit), and a meeting that names no one.
void RelationExtractor::ApplySymmetric(const Emitter& e,
                                       std::pair<int, int> last_pair) const {
  const SentenceView& v = e.frame.v;
  const Cue& cue = e.frame.cue;
  const Frame& frame = e.frame;
  const std::vector<Arg>& args = e.frame.args;
  EntityTable* table = e.table;
  const Arg* subject = e.subject;
  const std::string& rel = e.relation();
  // "양 사 간 협력": the pair itself.
  const Arg* pair = nullptr;
  for (const Arg& a : args) {
    if (a.last <= cue.token && a.entities.size() == 2 && a.clause == cue.clause)
      pair = &a;
  }
  if (e.EmitPair(pair, rel + "-pair-anaphor")) return;
  // "A-B 협력", "A·B 합작".
  for (std::size_t k = 0; k + 1 < args.size(); ++k) {
    const Arg& a = args[k];
    const Arg& b = args[k + 1];
    if (b.first == a.last + 1 && b.last + 1 >= cue.token &&
        b.last <= cue.token && a.role == Role::kNone &&
        IsPairJoiner(r_.relation_words, TokenText(v.text, v.tokens[a.last]))) {
      e.Emit(&a, &b, rel, rel + "-hyphen-pair");
    }
  }
  if (e.Emitted()) return;
  for (const Arg* w : frame.AllBefore(Role::kWith)) {
    // "한빛신문과의 인터뷰": 와의 ties the name to the next noun,
    // which must be the cue itself.
    const std::string_view word = TokenText(v.text, v.tokens[w->last - 1]);
    if (r_.relation_words.EndsInAny(RelationWordKind::kGenitive, word) &&
        !v.tokens[w->last - 1].is_punct &&
        frame.NextWord(w->last) != cue.token) {
      continue;
    }
    e.Emit(subject, w, rel, rel + "-subject-with");
  }
  if (e.Emitted() || rel != "meet") return;
  const Arg* object = frame.Before([](Role r) { return r == Role::kObject; });
  if (object != nullptr && object->entities.size() == 1 &&
      table->at(object->entities[0]).type != EntityType::kPerson) {
    e.Emit(subject, object, "visit",
           "visit-subject-object");  // "본사를 찾았다"
    return;
  }
  e.Emit(subject, object, rel, "meet-subject-object");
  if (e.Emitted() || subject != nullptr || last_pair.first < 0) return;
  // Only when nothing in the sentence could be the subject.
  for (std::size_t i = 0; i < cue.token; ++i) {
    if (IsSubject(v.tokens[i].role)) return;
  }
  // "지난해 6월 만난 후": both parties dropped, the last pair goes on.
  Arg dropped;
  dropped.entities = {last_pair.first, last_pair.second};
  e.EmitPair(&dropped, "meet-zero-anaphora");
  return;
}

// Supply and investment: "A가 B에 X를 공급", "A는 B에 투자".
void RelationExtractor::ApplyTransfer(const Emitter& e,
                                      const std::vector<int>& clauses) const {
  const SentenceView& v = e.frame.v;
  const Cue& cue = e.frame.cue;
  const Frame& frame = e.frame;
  EntityTable* table = e.table;
  std::vector<FoundRelation>* out = e.out;
  const std::size_t before = e.before;
  const Arg* subject = e.subject;
  const std::string& rel = e.relation();
  const Arg* to = e.ObjectRole(Role::kTo);
  if (to == nullptr && rel == "invest") to = e.ObjectRole(Role::kObject);
  if (to == nullptr && rel == "supply")
    to = e.ObjectRole(Role::kWith);  // "B와 공급 계약"
  if (to == nullptr) to = frame.Adjacent();
  if (to != nullptr && rel == "supply" &&
      !OfType(*to, {EntityType::kOrg, EntityType::kPerson}, *table)) {
    to = nullptr;  // "미국에 건설하는 발전소에 공급": a place is no customer
  }
  e.Emit(subject, to, rel, rel + "-subject-to");
  // The product: the object word before the cue ("HBM을 공급").
  for (std::size_t i = cue.token; i-- > 0 && clauses[i] == cue.clause;) {
    if (v.tokens[i].role == Role::kObject) {
      for (std::size_t k = before; k < out->size(); ++k) {
        (*out)[k].attributes[rel == "supply" ? "product" : "target"] =
            std::string(StemText(v.text, v.tokens[i]));
      }
      break;
    }
  }
  return;
}

// Acquisitions, mergers, development, visits and suits: "A가 B를 인수",
// "B 인수", and an implied object ("방한": 한국).
void RelationExtractor::ApplyObject(const Emitter& e) const {
  const Cue& cue = e.frame.cue;
  const Frame& frame = e.frame;
  EntityTable* table = e.table;
  const Arg* subject = e.subject;
  const std::string& rel = e.relation();
  const Arg* object = e.ObjectRole(Role::kObject);
  if (object == nullptr) object = frame.Adjacent();
  if (object == nullptr && rel == "merge") object = e.ObjectRole(Role::kWith);
  if (object == subject) object = nullptr;
  if (object != nullptr && rel == "develop" &&
      !OfType(*object, {EntityType::kProduct, EntityType::kProject}, *table)) {
    object = nullptr;
  }
  if (object == nullptr && !cue.cue->implied_object.empty()) {
    Arg implied;
    const int found = table->FindBySurface(cue.cue->implied_object);
    implied.entities = {found >= 0 ? found
                                   : table->FromName(cue.cue->implied_object,
                                                     EntityType::kPlace)};
    e.Emit(subject, &implied, rel, rel + "-implied-object");
    return;
  }
  e.Emit(subject, object, rel, rel + "-subject-object");
  return;
}

// Taking part: "A가 X 전시회에 참가"; a person taking part in an
// organisation joins it.
void RelationExtractor::ApplyParticipate(const Emitter& e) const {
  const Frame& frame = e.frame;
  EntityTable* table = e.table;
  const Arg* subject = e.subject;
  const std::string& rel = e.relation();
  const Arg* object = e.ObjectRole(Role::kTo);
  if (object == nullptr) object = frame.Adjacent();
  if (object == nullptr || object == subject ||
      !OfType(*object,
              {EntityType::kEvent, EntityType::kProject, EntityType::kOrg},
              *table)) {
    return;
  }
  // "김하준은 한빛협회에 참가했다": a person taking part in an
  // organisation joins it.
  if (subject != nullptr && OfType(*subject, {EntityType::kPerson}, *table) &&
      OfType(*object, {EntityType::kOrg}, *table)) {
    e.Emit(subject, object, "role", "role-joins");
    return;
  }
  e.Emit(subject, object, rel, "participate-subject-to");
  return;
}

// Affiliation: "SK그룹 계열사 SK하이닉스", "B는 A의 자회사다", "A와 B를
// 자회사로 거느리다".
void RelationExtractor::ApplySubsidiary(const Emitter& e, int topic_org) const {
  const SentenceView& v = e.frame.v;
  const Cue& cue = e.frame.cue;
  const Frame& frame = e.frame;
  const std::vector<Arg>& args = e.frame.args;
  const Arg* subject = e.subject;
  // "A와 B를 자회사로 거느리다": the objects are the subject's children.
  if (v.tokens[cue.token].role == Role::kAs && subject != nullptr) {
    for (const Arg* child : frame.AllBefore(Role::kObject)) {
      e.Emit(child, subject, "subsidiary", "subsidiary-as-object");
      for (const Arg& a : args) {
        if (a.last + 1 >= child->first && a.last <= child->first &&
            a.role == Role::kWith) {
          e.Emit(&a, subject, "subsidiary", "subsidiary-as-object");
        }
      }
    }
    if (e.Emitted()) return;
  }
  // "SK그룹 계열사 SK하이닉스", "B는 A의 자회사다", "B는 A의 핵심
  // 계열사로서".
  const Arg* parent = frame.Adjacent();
  if (parent == nullptr) {
    parent = frame.Before(
        [](Role r) { return r == Role::kNone || r == Role::kGen; });
  }
  // "계열사 B" and "계열사인 B" name the child next; "계열사로서" does not.
  const Token& cue_word = v.tokens[cue.token];
  const bool names_next =
      cue_word.role == Role::kNone ||
      r_.relation_words.EndsInAny(RelationWordKind::kCopula,
                                  TokenText(v.text, cue_word));
  const Arg* child = names_next ? frame.After() : nullptr;
  if (child == nullptr || child == parent) child = subject;
  // "한빛은 자회사 한빛게임즈가": the subject is the parent.
  if (parent == nullptr && child != subject) parent = subject;
  Arg topic;
  if (parent == nullptr && child != nullptr && topic_org >= 0) {
    topic.entities = {topic_org};
    parent = &topic;
  }
  e.Emit(child, parent, "subsidiary", "subsidiary-apposition");
  return;
}

}  // namespace newsgraph::extract::ko
